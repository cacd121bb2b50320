package kgraph.queries;

import java.util.List;
import java.util.Map;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;

/** Finds the definitions of a function by name, and explains when there are none. */
final class FunctionLookup {

    private static final NamedQuery INSTANCES = NamedQuery.load("function-instances");
    private static final NamedQuery SUGGEST = NamedQuery.load("function-suggest");

    private final GraphExecutor graph;

    FunctionLookup(GraphExecutor graph) {
        this.graph = graph;
    }

    /** Keys of the function's definitions in {@code image}, or in every image when it is null. */
    List<String> instanceKeys(String function, String image) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("name", function);
        params.put("image", image);
        List<String> keys = graph.read(INSTANCES, params).stream().map(row -> Rows.string(row, "key")).toList();
        if (keys.isEmpty()) {
            throw notFound(function, image);
        }
        return keys;
    }

    FunctionNotFoundException notFound(String function, String image) {
        String prefix = function.substring(0, Math.max(1, function.length() * 2 / 3));
        List<String> suggestions = graph.read(SUGGEST, Map.of("text", function, "prefix", prefix)).stream()
                .map(row -> Rows.string(row, "name"))
                .filter(name -> !name.equals(function))
                .toList();
        String where = image == null ? "any imported image" : "image " + image;
        return new FunctionNotFoundException("no function named '" + function + "' in " + where, suggestions);
    }
}

package kgraph.queries.diff;

import java.util.List;
import java.util.Map;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;

/**
 * Kernel changes answered by Cypher alone, over what each image stores (prototypes, struct
 * fields, enum values): the same questions the diff answers, as queries anyone can run and
 * change in Neo4j Browser. Each takes {@code $from} and {@code $to}.
 */
public final class ChangeQueries {

    /** One query: its name (the file under {@code changes/}), what it finds, its Cypher. */
    public record ChangeQuery(String name, String description, NamedQuery query) {
    }

    private static final List<String> NAMES = List.of("function-params", "function-return", "struct-fields-removed",
            "struct-fields-retyped", "tracepoint-fields-removed", "enum-values-changed", "removed");

    private ChangeQueries() {
    }

    public static List<ChangeQuery> all() {
        return NAMES.stream().map(ChangeQueries::load).toList();
    }

    public static ChangeQuery named(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no change query named '" + name + "'; there are: "
                    + String.join(", ", NAMES));
        }
        return load(name);
    }

    public static List<Map<String, Object>> run(GraphExecutor graph, ChangeQuery change, String from, String to) {
        return graph.read(change.query(), Map.of("from", from, "to", to));
    }

    private static ChangeQuery load(String name) {
        NamedQuery query = NamedQuery.load("changes/" + name);
        String description = String.join(" ", query.text().lines().takeWhile(l -> l.startsWith("//"))
                .map(l -> l.substring(2).strip()).toList());
        return new ChangeQuery(name, description, query);
    }
}

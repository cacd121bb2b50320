package kgraph.queries;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;

/** The constraints and indexes every kgraph database has ({@code schema.cypher}). */
public final class Schema {

    private Schema() {
    }

    public static List<NamedQuery> statements() {
        NamedQuery schema = NamedQuery.load("schema");
        return Arrays.stream(withoutComments(schema.text()).split(";"))
                .filter(text -> !text.isBlank())
                .map(text -> new NamedQuery("schema", text.strip()))
                .toList();
    }

    /** Creates what is missing; schema changes cannot share a transaction, so one each. */
    public static void apply(GraphExecutor graph) {
        for (NamedQuery statement : statements()) {
            graph.write(tx -> tx.run(statement, Map.of()));
        }
    }

    private static String withoutComments(String text) {
        return text.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n");
    }
}

package kgraph.importer.neo4j;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kgraph.importer.RawDepsurf;
import kgraph.queries.api.UserQueryResult;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.EmbeddedExecutor;

/** Counts what the graph holds per image, straight from the nodes and relationships. */
final class GraphCounts {

    private GraphCounts() {
    }

    static Map<String, RawDepsurf.Totals> perImage(Path home) {
        Map<String, RawDepsurf.Totals> totals = new HashMap<>();
        try (EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.openExisting(home))) {
            UserQueryResult groups = graph.runUserQuery("""
                    MATCH (i:Image)
                    OPTIONAL MATCH (i)<-[:IN_IMAGE]-(g:FuncGroup)
                    WITH i, count(g) AS groups
                    OPTIONAL MATCH (i)<-[:IN_IMAGE]-(:FuncGroup)-[:HAS_INSTANCE]->(n:Instance)
                    WITH i, groups, count(n) AS funcs
                    OPTIONAL MATCH (i)<-[:IN_IMAGE]-(:FuncGroup)-[:HAS_SYMBOL]->(s:Symbol)
                    WITH i, groups, funcs, count(s) AS symbols
                    OPTIONAL MATCH (:Instance {image: i.name})-[c:CALLS]->()
                    WITH i, groups, funcs, symbols, sum(c.sites) AS callerFunc
                    OPTIONAL MATCH (:Instance {image: i.name})-[l:INLINES]->()
                    RETURN i.name AS image, groups, funcs, symbols, callerFunc, sum(l.sites) AS callerInline
                    """, Map.of(), false);
            for (Map<String, Object> row : groups.rows()) {
                totals.put((String) row.get("image"), new RawDepsurf.Totals(number(row, "groups"),
                        number(row, "funcs"), number(row, "symbols"), number(row, "callerFunc"),
                        number(row, "callerInline")));
            }
        }
        return totals;
    }

    static long nodes(Path home) {
        try (EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.openExisting(home))) {
            List<Map<String, Object>> rows = graph.runUserQuery("MATCH (n) RETURN count(n) AS n", Map.of(), false).rows();
            return number(rows.get(0), "n");
        }
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}

package kgraph.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kgraph.queries.api.UserQueryResult;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.EmbeddedExecutor;

/** Counts what the graph holds per image, straight from the nodes and relationships. */
public final class GraphCounts {

    private GraphCounts() {
    }

    public static Map<String, RawDepsurf.Totals> perImage(Path home) {
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

    /**
     * The same totals over the whole graph, whichever image the nodes belong to: a part of an
     * image without its image node still counts here.
     */
    public static RawDepsurf.Totals overall(Path home) {
        try (EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.openExisting(home))) {
            Map<String, Object> row = graph.runUserQuery("""
                    CALL { MATCH (g:FuncGroup) RETURN count(g) AS groups }
                    CALL { MATCH (n:Instance) WHERE NOT n:Unresolved RETURN count(n) AS funcs }
                    CALL { MATCH (s:Symbol) RETURN count(s) AS symbols }
                    CALL { MATCH ()-[c:CALLS]->() RETURN sum(c.sites) AS callerFunc }
                    CALL { MATCH ()-[l:INLINES]->() RETURN sum(l.sites) AS callerInline }
                    RETURN groups, funcs, symbols, callerFunc, callerInline
                    """, Map.of(), false).rows().get(0);
            return new RawDepsurf.Totals(number(row, "groups"), number(row, "funcs"), number(row, "symbols"),
                    number(row, "callerFunc"), number(row, "callerInline"));
        }
    }

    /** Image names that per-image nodes carry but no image node has: left-overs of a partial image. */
    public static List<String> strayImages(Path home) {
        try (EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.openExisting(home))) {
            return graph.runUserQuery("""
                    MATCH (n) WHERE n:FuncGroup OR n:Instance OR n:Symbol
                    WITH DISTINCT n.image AS image
                    WHERE NOT EXISTS { MATCH (:Image {name: image}) }
                    RETURN image ORDER BY image
                    """, Map.of(), false).rows().stream().map(row -> String.valueOf(row.get("image"))).toList();
        }
    }

    public static long nodes(Path home) {
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

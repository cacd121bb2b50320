package kgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kgraph.queries.api.KgraphDatabaseException;
import kgraph.queries.api.NamedQuery;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.EmbeddedExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NamedQueriesTest {

    @TempDir
    static Path tmp;

    private static EmbeddedExecutor graph;

    @BeforeAll
    static void open() {
        graph = new EmbeddedExecutor(EmbeddedDatabase.open(tmp.resolve("db")));
        Schema.apply(graph);
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    static Stream<String> namedQueries() throws IOException, URISyntaxException {
        Path root = Path.of(NamedQueriesTest.class.getResource("/kgraph/queries/schema.cypher").toURI()).getParent();
        try (Stream<Path> files = Files.walk(root)) {
            // system/ queries are administration commands for the system database; ServeTest runs them.
            return files.filter(f -> f.toString().endsWith(".cypher"))
                    .map(f -> root.relativize(f).toString().replaceAll("\\.cypher$", ""))
                    .filter(name -> !name.equals("schema") && !name.startsWith("system/"))
                    .sorted().toList().stream();
        }
    }

    /** Every named query plans against the real schema: no syntax error, no unknown function. */
    @ParameterizedTest
    @MethodSource("namedQueries")
    void plans(String name) {
        NamedQuery query = NamedQuery.load(name);
        assertTrue(query.text().startsWith("//"), name + " starts with a comment saying what it does");
        graph.runUserQuery("EXPLAIN " + query.text(), Map.of(), true);
    }

    @Test
    void schemaConstrainsSharedKeysIndexesTheRestAndCanBeAppliedAgain() {
        Schema.apply(graph);
        List<Map<String, Object>> constraints = graph.runUserQuery(
                "SHOW CONSTRAINTS YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] + '.' + properties[0] AS key",
                Map.of(), false).rows();
        List<String> keys = constraints.stream().map(r -> (String) r.get("key")).sorted().toList();
        assertEquals(List.of("Arch.name", "Flavor.name", "Function.name", "Image.name", "SourceFile.path",
                "Syscall.name", "Version.name"), keys);
        List<String> indexed = graph.runUserQuery("SHOW RANGE INDEXES YIELD labelsOrTypes, properties "
                + "RETURN labelsOrTypes[0] + '.' + properties[0] AS key", Map.of(), false).rows().stream()
                .map(r -> (String) r.get("key")).toList();
        assertTrue(indexed.containsAll(List.of("FuncGroup.key", "FuncGroup.image", "Instance.key", "Instance.image",
                "Instance.name", "Symbol.key", "Symbol.image", "Symbol.name")), indexed.toString());
    }

    @Test
    void userQueriesAreReadOnlyUnlessAllowed() {
        KgraphDatabaseException e = assertThrows(KgraphDatabaseException.class,
                () -> graph.runUserQuery("CREATE (:Function {name: $n})", Map.of("n", "x"), false));
        assertEquals(KgraphDatabaseException.Reason.REFUSED, e.reason());
        assertEquals(0L, graph.runUserQuery("MATCH (f:Function) RETURN count(f) AS n", Map.of(), false)
                .rows().get(0).get("n"));
    }

    @Test
    void aSecondProcessOnTheSameFolderIsToldItIsInUse() {
        KgraphDatabaseException e = assertThrows(KgraphDatabaseException.class,
                () -> EmbeddedDatabase.open(tmp.resolve("db")).close());
        assertEquals(KgraphDatabaseException.Reason.IN_USE, e.reason());
        assertFalse(e.getMessage().isBlank());
    }
}

package kgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kgraph.queries.api.KgraphDatabaseException;
import kgraph.queries.api.KgraphDatabaseException.Reason;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.EmbeddedExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups open the database read-only: they answer, and nothing they run can change the graph. */
class ReadOnlyDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void answersButRefusesEveryKindOfWrite() {
        Path home = tmp.resolve("db");
        try (EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.open(home))) {
            graph.runUserQuery("CREATE (:Function {name: $n})", Map.of("n", "vfs_read"), true);
        }
        try (EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.openReadOnly(home))) {
            assertEquals(1L, count(graph));
            for (String write : new String[] {"CREATE (:Function {name: $n})",
                "MATCH (f:Function) SET f.name = $n", "MATCH (f:Function) SET f.brandNewKey = $n",
                "MATCH (f:Function) DETACH DELETE f"}) {
                KgraphDatabaseException e = assertThrows(KgraphDatabaseException.class,
                        () -> graph.runUserQuery(write, Map.of("n", "x"), false), write);
                assertEquals(Reason.REFUSED, e.reason(), write);
            }
            assertThrows(RuntimeException.class, () -> graph.runUserQuery("CREATE (:Function {name: $n})",
                    Map.of("n", "x"), true), "even an allowed write fails on a read-only database");
            assertEquals(1L, count(graph));
        }
    }

    @Test
    void needsAnExistingDatabaseAndCreatesNothing() {
        Path home = tmp.resolve("none");
        KgraphDatabaseException e = assertThrows(KgraphDatabaseException.class,
                () -> EmbeddedDatabase.openReadOnly(home));
        assertEquals(Reason.MISSING, e.reason());
        assertFalse(Files.exists(home));
    }

    private static long count(EmbeddedExecutor graph) {
        return (Long) graph.runUserQuery("MATCH (f:Function) RETURN count(f) AS n", Map.of(), false)
                .rows().get(0).get("n");
    }
}

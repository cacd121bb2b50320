package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kgraph.importer.GraphCounts;
import kgraph.importer.RawDepsurf;
import kgraph.importer.Samples;
import kgraph.queries.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one database: while this JVM holds it open, the command line in another
 * process says so in one line, exits with code 3 and changes nothing, whatever it was asked.
 */
class DatabaseInUseTest {

    @TempDir
    Path tmp;

    @Test
    void anotherProcessIsToldTheDatabaseIsInUseAndChangesNothing() {
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run(db, "import", "depsurf", Samples.sample().toString(),
                "--image", "4.4.0-21-generic-amd64").exit());
        Map<String, RawDepsurf.Totals> before = GraphCounts.perImage(db);
        long nodes = GraphCounts.nodes(db);

        List<String[]> commands = List.of(
                new String[] {"presence", "vfs_read"},
                new String[] {"import", "depsurf", Samples.sample().toString(), "--image", "6.8.0-31-generic-amd64"});
        try (EmbeddedDatabase held = EmbeddedDatabase.open(db)) {
            for (String[] command : commands) {
                CliProcess child = CliProcess.run(db, command);
                String what = String.join(" ", command) + "\nstderr:\n" + child.err();
                assertEquals(ExitCodes.DATABASE, child.exit(), what);
                List<String> errors = child.err().lines().filter(l -> l.startsWith("kgraph: error: ")).toList();
                assertEquals(List.of("kgraph: error: the database at " + db + " is in use by another process"
                        + " (one kgraph command at a time per database)"), errors, what);
                assertFalse(child.err().contains("\tat "), "no stack trace: " + what);
                assertEquals("", child.out(), what);
            }
        }
        assertEquals(before, GraphCounts.perImage(db));
        assertEquals(nodes, GraphCounts.nodes(db));
    }
}

package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kgraph.importer.Samples;
import kgraph.queries.api.UserQueryResult;
import kgraph.queries.bolt.BoltExecutor;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.EmbeddedExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every query of the Browser guide runs read-only on the sample and finds something, embedded and over Bolt alike. */
class BrowserGuideTest {

    private static EmbeddedExecutor embedded;
    private static BoltExecutor bolt;

    @BeforeAll
    static void open() {
        embedded = new EmbeddedExecutor(EmbeddedDatabase.openExisting(SampleDatabase.home()));
        bolt = BoltExecutor.connect(SampleServer.uri(), "neo4j", SampleServer.PASSWORD);
    }

    @AfterAll
    static void close() {
        embedded.close();
        bolt.close();
    }

    static Path guide() {
        return Samples.repo().resolve("docs").resolve("browser-guide");
    }

    static Stream<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(guide())) {
            return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList().stream();
        }
    }

    @Test
    void theGuideHasTheQuestionsTheIssueAsksFor() throws IOException {
        List<String> names = scripts().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.size() >= 6, names.toString());
        for (String topic : List.of("presence", "callers-two-levels", "fully-inlined", "renamed", "changed")) {
            assertTrue(names.stream().anyMatch(n -> n.contains(topic)), topic + " in " + names);
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void runsOnTheSampleAndFindsSomething(Path file) {
        GuideScript script = GuideScript.read(file);
        assertTrue(script.title().startsWith("// "), file + " starts with the question it answers");
        UserQueryResult local = embedded.runUserQuery(script.statement(), script.parameters(), false);
        assertFalse(local.rows().isEmpty(), file + " finds nothing in the sample");
        UserQueryResult remote = bolt.runUserQuery(script.statement(), script.parameters(), false);
        assertEquals(local.columns(), remote.columns());
        assertEquals(sorted(local.rows()), sorted(remote.rows()), file + " answers the same over Bolt");
    }

    /** Rows in a fixed order, for statements (such as path matches) whose order is not defined. */
    private static List<String> sorted(List<Map<String, Object>> rows) {
        return rows.stream().map(Object::toString).sorted(Comparator.naturalOrder()).toList();
    }
}

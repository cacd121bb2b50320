package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query command answers the same over Bolt (a Neo4j server the sample was imported into
 * through transactions) as on the embedded sample database (built by the bulk importer).
 */
class BoltParityTest {

    private static final String AMD64 = "5.4.0-26-generic-amd64";

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of((Object) new String[] {"images", "--json"}),
                Arguments.of((Object) new String[] {"presence", "vfs_read", "--json"}),
                Arguments.of((Object) new String[] {"presence", "xen_pmu_init", "--json"}),
                Arguments.of((Object) new String[] {"callers", "kvm_vcpu_kick", "--json"}),
                Arguments.of((Object) new String[] {"callers", "vfs_read", "--image", AMD64, "--depth", "2", "--json"}),
                Arguments.of((Object) new String[] {"callees", "ksys_read", "--image", AMD64, "--depth", "2", "--json"}),
                Arguments.of((Object) new String[] {"report", "kvm_vcpu_kick", "--json"}),
                Arguments.of((Object) new String[] {"report", "xen_pmu_init", "--json"}),
                Arguments.of((Object) new String[] {"cypher", """
                        MATCH (i:Image {name: $image})<-[:IN_IMAGE]-(g:FuncGroup)-[:HAS_INSTANCE]->(n:Instance)
                        OPTIONAL MATCH p = (n)-[:CALLS]->(:Instance)
                        RETURN g.name AS name, n AS instance, collect(p)[0] AS firstCall, g.transformed AS t
                        ORDER BY name, instance.key LIMIT 25""", "-p", "image=" + AMD64, "--json"}),
                Arguments.of((Object) new String[] {"presence", "vfs_rea", "--json"}));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void boltAnswersLikeEmbedded(String[] command) {
        Cli.Result embedded = Cli.run(SampleDatabase.home(), command);
        Cli.Result bolt = Cli.remote(SampleServer.uri(), SampleServer.PASSWORD, command);
        assertEquals(embedded.exit(), bolt.exit(), bolt.err());
        assertEquals(embedded.out(), bolt.out());
        assertEquals(embedded.err(), bolt.err());
        assertFalse(bolt.out().isBlank() && bolt.err().isBlank(), "the command printed something");
    }

    @Test
    void wrongPasswordIsRefused() {
        Cli.Result result = Cli.remote(SampleServer.uri(), "not-the-password", "images");
        assertEquals(ExitCodes.DATABASE, result.exit(), result.err());
        assertEquals("kgraph: error: the Neo4j server at " + SampleServer.uri()
                + " refused the credentials of user 'neo4j' (check --user and KGRAPH_PASSWORD)\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void unreachableServerIsOneErrorLine() {
        Cli.Result result = Cli.remote(URI.create("bolt://127.0.0.1:1"), "x", "images");
        assertEquals(ExitCodes.DATABASE, result.exit(), result.err());
        assertTrue(result.err().startsWith("kgraph: error: cannot reach a Neo4j server at bolt://127.0.0.1:1"),
                result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void readOnlyCypherRefusesWritesOverBolt() {
        Cli.Result refused = Cli.remote(SampleServer.uri(), SampleServer.PASSWORD, "cypher",
                "MATCH (f:Function {name: $n}) DETACH DELETE f", "-p", "n=vfs_read");
        assertEquals(ExitCodes.DATABASE, refused.exit(), refused.err());
        assertTrue(refused.err().contains("pass --write"), refused.err());
        assertEquals(0, Cli.remote(SampleServer.uri(), SampleServer.PASSWORD, "presence", "vfs_read").exit(),
                "nothing was deleted");
    }

    @Test
    void writeFlagCommitsOverBolt() {
        Cli.Result created = Cli.remote(SampleServer.uri(), SampleServer.PASSWORD, "cypher", "--write",
                "CREATE (n:ParityNote {text: $t}) RETURN n.text AS text", "-p", "t=hello");
        assertEquals(0, created.exit(), created.err());
        Cli.Result found = Cli.remote(SampleServer.uri(), SampleServer.PASSWORD, "cypher",
                "MATCH (n:ParityNote) RETURN count(n) AS notes");
        assertTrue(found.out().contains("1 rows") && found.out().lines().anyMatch(l -> l.strip().equals("1")),
                found.out());
        assertEquals(0, Cli.remote(SampleServer.uri(), SampleServer.PASSWORD, "cypher", "--write",
                "MATCH (n:ParityNote) DELETE n").exit());
    }

    @Test
    void reimportingAnImageOverBoltReplacesIt() {
        String before = Cli.remote(SampleServer.uri(), SampleServer.PASSWORD, "images", "--json").out();
        Cli.Result result = Cli.remote(SampleServer.uri(), SampleServer.PASSWORD, "import", "depsurf",
                Samples.sample().toString(), "--image", AMD64);
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("via the transactional path"), result.out());
        assertEquals(before, Cli.remote(SampleServer.uri(), SampleServer.PASSWORD, "images", "--json").out());
    }

    @Test
    void bulkImportNeedsAFolder() {
        Cli.Result result = Cli.remote(SampleServer.uri(), SampleServer.PASSWORD, "import", "depsurf",
                Samples.sample().toString(), "--bulk");
        assertEquals(ExitCodes.DATABASE, result.exit(), result.err());
        assertTrue(result.err().contains("drop --bulk"), result.err());
    }

    @Test
    void folderAndServerTogetherIsAUsageError() {
        Cli.Result result = Cli.run(Map.of(DbOptions.PASSWORD_VARIABLE, "x"),
                "--db", "/tmp/nowhere", "--uri", "bolt://127.0.0.1:1", "images");
        assertEquals(ExitCodes.USAGE, result.exit(), result.err());
        assertTrue(result.err().contains("--db and --uri"), result.err());
    }

    @Test
    void withoutThePasswordVariableThePasswordIsAskedFor() {
        List<String> prompts = new ArrayList<>();
        Cli.Result result = Cli.run(Map.of(), prompt -> {
            prompts.add(prompt);
            return Optional.of(SampleServer.PASSWORD);
        }, "--uri", SampleServer.uri().toString(), "images");
        assertEquals(0, result.exit(), result.err());
        assertEquals(List.of("Password for neo4j at " + SampleServer.uri() + ": "), prompts);
    }

    @Test
    void noPasswordAndNoTerminalIsAUsageError() {
        Cli.Result result = Cli.run(Map.of(), "--uri", SampleServer.uri().toString(), "images");
        assertEquals(ExitCodes.USAGE, result.exit(), result.err());
        assertTrue(result.err().contains("set $KGRAPH_PASSWORD"), result.err());
    }
}

package kgraph.cli;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import kgraph.importer.Samples;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A real Neo4j server in this JVM (neo4j-harness), with authentication on and the committed
 * sample imported over Bolt through the CLI, once per test run.
 */
public final class SampleServer {

    public static final String PASSWORD = "sample-server-secret";

    private static Neo4j server;

    private SampleServer() {
    }

    public static synchronized URI uri() {
        if (server == null) {
            Neo4j started = Neo4jBuilders.newInProcessBuilder()
                    .withConfig(GraphDatabaseSettings.auth_enabled, true)
                    .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            started.databaseManagementService().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", PASSWORD));
            Cli.Result result = Cli.remote(started.boltURI(), PASSWORD, "import", "depsurf", Samples.sample().toString());
            if (result.exit() != 0) {
                started.close();
                throw new IllegalStateException("sample import over Bolt failed: " + result.err());
            }
            server = started;
        }
        return server.boltURI();
    }
}

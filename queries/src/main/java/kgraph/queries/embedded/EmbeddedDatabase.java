package kgraph.queries.embedded;

import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import kgraph.queries.api.KgraphDatabaseException;
import kgraph.queries.api.KgraphDatabaseException.Reason;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * An embedded Neo4j DBMS living in one folder (the kgraph database). Opening a folder that
 * another process holds fails with a clear "in use" error instead of waiting or corrupting.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

    private enum Access { READ_ONLY, READ_WRITE }

    private final Path home;
    private final DatabaseManagementService dbms;
    private final GraphDatabaseService db;

    private EmbeddedDatabase(Path home, DatabaseManagementService dbms, GraphDatabaseService db) {
        this.home = home;
        this.dbms = dbms;
        this.db = db;
    }

    /** Opens an existing database for reading and writing; a folder without one is an error that says how to make one. */
    public static EmbeddedDatabase openExisting(Path home) {
        requireExisting(home);
        return open(home, Access.READ_WRITE);
    }

    /**
     * Opens an existing database that this process only reads: lookups. Nothing can change the
     * graph through it, and it skips the write-side settings.
     */
    public static EmbeddedDatabase openReadOnly(Path home) {
        requireExisting(home);
        return open(home, Access.READ_ONLY);
    }

    /** Opens the database in {@code home} for reading and writing, creating it when the folder has none. */
    public static EmbeddedDatabase open(Path home) {
        return open(home, Access.READ_WRITE);
    }

    private static void requireExisting(Path home) {
        if (!exists(home)) {
            throw missing(home);
        }
    }

    private static KgraphDatabaseException missing(Path home) {
        return new KgraphDatabaseException(Reason.MISSING, "no kgraph database at " + home
                + " (import one first: kgraph import depsurf DIR, or pass --db PATH)");
    }

    /**
     * Opens an existing database as a server: Bolt and HTTP (with Neo4j Browser) on the given
     * connectors, authentication on.
     */
    public static EmbeddedDatabase serve(Path home, ServerConnectors connectors) {
        requireExisting(home);
        return open(home, Access.READ_WRITE, connectors::configure);
    }

    private static EmbeddedDatabase open(Path home, Access access) {
        return open(home, access, builder -> builder
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false));
    }

    private static EmbeddedDatabase open(Path home, Access access, Consumer<DatabaseManagementServiceBuilder> connectors) {
        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false);
            connectors.accept(builder);
            if (access == Access.READ_ONLY) {
                builder.setConfig(GraphDatabaseSettings.read_only_database_default, true);
            } else {
                // Imports write gigabytes of transaction log; keep only what recovery needs.
                builder.setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                        .setConfig(GraphDatabaseSettings.check_point_interval_tx, 1);
            }
            dbms = builder.build();
        } catch (Exception e) {
            throw translate(home, e);
        }
        GraphDatabaseService db = dbms.database(DATABASE);
        if (!db.isAvailable(60_000)) {
            dbms.shutdown();
            throw new KgraphDatabaseException(Reason.FAILED, "the database at " + home
                    + " did not start; see " + home.resolve("logs/debug.log"));
        }
        return new EmbeddedDatabase(home, dbms, db);
    }

    /** Whether {@code home} holds a kgraph database store. */
    public static boolean exists(Path home) {
        return Files.isDirectory(storeDirectory(home));
    }

    public static Path storeDirectory(Path home) {
        return home.resolve("data").resolve("databases").resolve(DATABASE);
    }

    public Path home() {
        return home;
    }

    public GraphDatabaseService service() {
        return db;
    }

    /** The DBMS's own database: users, passwords and roles. */
    public GraphDatabaseService system() {
        return dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    private static KgraphDatabaseException translate(Path home, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return new KgraphDatabaseException(Reason.FAILED, "cannot listen: " + t.getMessage()
                        + " (another server on that port? choose others with --bolt-port and --http-port)", e);
            }
            String type = t.getClass().getSimpleName();
            if (type.equals("FileLockException") || String.valueOf(t.getMessage()).contains("locked by another")) {
                return new KgraphDatabaseException(Reason.IN_USE, "the database at " + home
                        + " is in use by another process (one kgraph command at a time per database)", e);
            }
        }
        return new KgraphDatabaseException(Reason.FAILED, "cannot open the database at " + home + ": "
                + e.getMessage(), e);
    }
}

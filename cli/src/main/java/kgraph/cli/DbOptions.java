package kgraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.KgraphDatabaseException;
import kgraph.queries.bolt.BoltExecutor;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.EmbeddedExecutor;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Where the database is: a folder ({@code --db}, then {@code $KGRAPH_DB}, then
 * {@code ~/.kgraph/db}), or a Neo4j server ({@code --uri}) with its user and password.
 */
public final class DbOptions {

    /** The environment variable that holds the server password, for --uri and for serve. */
    public static final String PASSWORD_VARIABLE = "KGRAPH_PASSWORD";

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "Database folder (default: $KGRAPH_DB or ~/.kgraph/db).")
    Path db;

    @Option(names = "--uri", scope = ScopeType.INHERIT, paramLabel = "URI",
            description = "A Neo4j server instead of a folder: bolt://HOST:PORT, or neo4j://HOST:PORT for a cluster.")
    URI uri;

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "USER", defaultValue = "neo4j",
            description = "User on the server (default: ${DEFAULT-VALUE}); the password comes from $"
                    + PASSWORD_VARIABLE + " or is asked for.")
    String user;

    private final Map<String, String> environment;
    private final PasswordPrompt prompt;

    public DbOptions() {
        this(System.getenv(), new TerminalPrompt());
    }

    DbOptions(Map<String, String> environment, PasswordPrompt prompt) {
        this.environment = environment;
        this.prompt = prompt;
    }

    public Path home() {
        if (db != null) {
            return db.toAbsolutePath().normalize();
        }
        String fromEnvironment = environment.get("KGRAPH_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".kgraph", "db");
    }

    /** Whether commands go to a Neo4j server rather than a folder. */
    public boolean remote() {
        if (uri != null && db != null) {
            throw new IllegalArgumentException("--db and --uri name two different databases; pass one of them");
        }
        return uri != null;
    }

    /** The folder or the server address, for messages. */
    public String describe() {
        return remote() ? uri.toString() : home().toString();
    }

    /**
     * Opens the existing database for lookups, which cannot change it: the server, the
     * {@code kgraph serve} running on the folder, or the folder itself.
     */
    public GraphExecutor openForQueries() {
        if (remote()) {
            return connect();
        }
        return viaLocalServer().orElseGet(() -> new EmbeddedExecutor(EmbeddedDatabase.openReadOnly(home())));
    }

    /** Opens the existing database for statements that may change it ({@code cypher --write}). */
    public GraphExecutor openForWrites() {
        if (remote()) {
            return connect();
        }
        return viaLocalServer().orElseGet(() -> new EmbeddedExecutor(EmbeddedDatabase.openExisting(home())));
    }

    /** The running server on the folder, if it answers; a note left by a server that died is passed over. */
    private Optional<GraphExecutor> viaLocalServer() {
        Optional<LocalServer> local = localServer();
        if (local.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BoltExecutor.connect(local.get().bolt(), local.get().user(), local.get().password()));
        } catch (KgraphDatabaseException e) {
            return Optional.empty();
        }
    }

    /** A {@code kgraph serve} running on the folder, which later commands ask instead of opening it. */
    public Optional<LocalServer> localServer() {
        return remote() ? Optional.empty() : LocalServer.of(home());
    }

    /** Whether commands go through Bolt: to {@code --uri}, or to the server running on the folder. */
    public boolean viaServer() {
        return remote() || localServer().isPresent();
    }

    /** Connects to the server named by {@code --uri}. */
    public BoltExecutor connect() {
        Optional<LocalServer> local = localServer();
        if (local.isPresent()) {
            return BoltExecutor.connect(local.get().bolt(), local.get().user(), local.get().password());
        }
        return BoltExecutor.connect(uri, user, new PasswordSource(environment, prompt).password(user, uri));
    }

    /** The environment variables kgraph reads (tests pass their own). */
    public Map<String, String> environment() {
        return environment;
    }
}

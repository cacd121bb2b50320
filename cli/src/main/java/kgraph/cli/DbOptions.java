package kgraph.cli;

import java.nio.file.Path;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.EmbeddedExecutor;
import picocli.CommandLine.Option;

/** Where the database is: {@code --db}, then {@code $KGRAPH_DB}, then {@code ~/.kgraph/db}. */
public final class DbOptions {

    @Option(names = "--db", scope = picocli.CommandLine.ScopeType.INHERIT, paramLabel = "PATH", description = "Database folder (default: $KGRAPH_DB or ~/.kgraph/db).")
    Path db;

    public Path home() {
        if (db != null) {
            return db.toAbsolutePath().normalize();
        }
        String fromEnvironment = System.getenv("KGRAPH_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".kgraph", "db");
    }

    /** Opens the existing database for lookups, which cannot change it. */
    public GraphExecutor openForQueries() {
        return new EmbeddedExecutor(EmbeddedDatabase.openReadOnly(home()));
    }

    /** Opens the existing database for statements that may change it ({@code cypher --write}). */
    public GraphExecutor openForWrites() {
        return new EmbeddedExecutor(EmbeddedDatabase.openExisting(home()));
    }
}

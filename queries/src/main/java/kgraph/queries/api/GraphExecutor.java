package kgraph.queries.api;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One way of reaching a kgraph database. Every query goes through here, so the same named
 * queries serve every backend.
 */
public interface GraphExecutor extends AutoCloseable {

    /** Runs a read-only named query in its own transaction. */
    List<Map<String, Object>> read(NamedQuery query, Map<String, Object> parameters);

    /** Runs {@code work} in one write transaction: all of it commits, or none of it. */
    void write(Consumer<QueryRunner> work);

    /**
     * Runs a user's own Cypher with bound parameters. Unless {@code allowWrites}, a statement
     * that would change the graph is refused before anything is written.
     */
    UserQueryResult runUserQuery(String cypher, Map<String, Object> parameters, boolean allowWrites);

    @Override
    void close();
}

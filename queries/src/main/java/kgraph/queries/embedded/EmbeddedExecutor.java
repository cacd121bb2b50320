package kgraph.queries.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.KgraphDatabaseException;
import kgraph.queries.api.KgraphDatabaseException.Reason;
import kgraph.queries.api.NamedQuery;
import kgraph.queries.api.QueryRunner;
import kgraph.queries.api.UserQueryResult;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.WriteOperationsNotAllowedException;

/** Runs named queries against an {@link EmbeddedDatabase} in this process. */
public final class EmbeddedExecutor implements GraphExecutor {

    private final EmbeddedDatabase database;

    public EmbeddedExecutor(EmbeddedDatabase database) {
        this.database = database;
    }

    @Override
    public List<Map<String, Object>> read(NamedQuery query, Map<String, Object> parameters) {
        try (Transaction tx = database.service().beginTx()) {
            List<Map<String, Object>> rows = rows(tx.execute(query.text(), parameters));
            tx.commit();
            return rows;
        }
    }

    @Override
    public void write(Consumer<QueryRunner> work) {
        try (Transaction tx = database.service().beginTx()) {
            work.accept((query, parameters) -> rows(tx.execute(query.text(), parameters)));
            tx.commit();
        }
    }

    @Override
    public UserQueryResult runUserQuery(String cypher, Map<String, Object> parameters, boolean allowWrites) {
        try (Transaction tx = database.service().beginTx()) {
            Result result = tx.execute(cypher, parameters);
            QueryExecutionType.QueryType type = result.getQueryExecutionType().queryType();
            if (!allowWrites && type != QueryExecutionType.QueryType.READ_ONLY) {
                tx.rollback();
                throw refused(type.toString());
            }
            List<String> columns = new ArrayList<>(result.columns());
            List<Map<String, Object>> rows = rows(result);
            tx.commit();
            return new UserQueryResult(columns, rows);
        } catch (WriteOperationsNotAllowedException e) {
            // A database opened read-only refuses some writes while planning, before the check above.
            if (allowWrites) {
                throw e;
            }
            throw refused("a write");
        }
    }

    private static KgraphDatabaseException refused(String what) {
        return new KgraphDatabaseException(Reason.REFUSED,
                "this query would change the graph (" + what + "); pass --write to allow it");
    }

    /** Rows with their columns in RETURN order, as the Bolt executor gives them. */
    private static List<Map<String, Object>> rows(Result result) {
        List<String> columns = result.columns();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.hasNext()) {
            rows.add(PlainValues.row(columns, result.next()));
        }
        return rows;
    }

    @Override
    public void close() {
        database.close();
    }
}

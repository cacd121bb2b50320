package kgraph.queries.bolt;

import java.net.URI;
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
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs named queries on a Neo4j server over Bolt. Reads go to sessions in read access mode,
 * so a cluster ({@code neo4j://}) can route them to any member that serves reads; writes go
 * to the leader. Rows come back as the same plain values the embedded executor returns.
 */
public final class BoltExecutor implements GraphExecutor {

    private static final String ACCESS_MODE_ERROR = "Neo.ClientError.Statement.AccessMode";

    private final Driver driver;
    private final URI uri;

    private BoltExecutor(Driver driver, URI uri) {
        this.driver = driver;
        this.uri = uri;
    }

    /** Connects and checks the credentials now, so a bad address or password fails before any query. */
    public static BoltExecutor connect(URI uri, String user, String password) {
        return new BoltExecutor(BoltConnection.open(uri, user, password), uri);
    }

    public URI uri() {
        return uri;
    }

    @Override
    public List<Map<String, Object>> read(NamedQuery query, Map<String, Object> parameters) {
        try (Session session = session(AccessMode.READ)) {
            return session.executeRead(tx -> rows(tx.run(query.text(), parameters)));
        } catch (RuntimeException e) {
            throw BoltConnection.translate(uri, e);
        }
    }

    @Override
    public void write(Consumer<QueryRunner> work) {
        try (Session session = session(AccessMode.WRITE)) {
            session.executeWriteWithoutResult(tx -> work.accept(runner(tx)));
        } catch (RuntimeException e) {
            throw BoltConnection.translate(uri, e);
        }
    }

    /**
     * Without {@code allowWrites} the statement runs in a read transaction, which the server
     * itself refuses to write in, and is rolled back if its summary still reports an update.
     */
    @Override
    public UserQueryResult runUserQuery(String cypher, Map<String, Object> parameters, boolean allowWrites) {
        try (Session session = session(allowWrites ? AccessMode.WRITE : AccessMode.READ);
             Transaction tx = session.beginTransaction()) {
            Result result = tx.run(cypher, parameters);
            List<String> columns = new ArrayList<>(result.keys());
            List<Map<String, Object>> rows = rows(result);
            ResultSummary summary = result.consume();
            if (!allowWrites && (summary.queryType() != QueryType.READ_ONLY || summary.counters().containsUpdates())) {
                tx.rollback();
                throw refusedWrite(summary.queryType().toString());
            }
            tx.commit();
            return new UserQueryResult(columns, rows);
        } catch (ClientException e) {
            if (!allowWrites && ACCESS_MODE_ERROR.equals(e.code())) {
                throw refusedWrite("refused by the server in a read transaction");
            }
            throw BoltConnection.translate(uri, e);
        } catch (RuntimeException e) {
            throw BoltConnection.translate(uri, e);
        }
    }

    private static KgraphDatabaseException refusedWrite(String why) {
        return new KgraphDatabaseException(Reason.REFUSED,
                "this query would change the graph (" + why + "); pass --write to allow it");
    }

    /**
     * Sessions share the driver's bookmark manager, so a read routed to a cluster secondary
     * waits until that member has the writes this executor made before it.
     */
    private Session session(AccessMode mode) {
        return driver.session(SessionConfig.builder()
                .withDefaultAccessMode(mode)
                .withBookmarkManager(driver.executableQueryBookmarkManager())
                .build());
    }

    private static QueryRunner runner(TransactionContext tx) {
        return (query, parameters) -> rows(tx.run(query.text(), parameters));
    }

    private static List<Map<String, Object>> rows(Result result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.hasNext()) {
            rows.add(DriverValues.row(result.next()));
        }
        return rows;
    }

    @Override
    public void close() {
        driver.close();
    }
}

package kgraph.queries.embedded;

import java.util.List;
import java.util.Map;
import kgraph.queries.api.KgraphDatabaseException;
import kgraph.queries.api.KgraphDatabaseException.Reason;
import kgraph.queries.api.NamedQuery;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * The password of Neo4j's {@code neo4j} user in a served database. Neo4j keeps only a salted
 * hash of it, in the system database; kgraph writes it nowhere else.
 */
public final class DefaultUserPassword {

    public static final String USER = "neo4j";

    private static final NamedQuery CHANGE_REQUIRED = NamedQuery.load("system/password-change-required");
    private static final NamedQuery SET = NamedQuery.load("system/set-password");

    private final EmbeddedDatabase database;

    public DefaultUserPassword(EmbeddedDatabase database) {
        this.database = database;
    }

    /** True until a password is set: the user still has Neo4j's initial one, which must be changed. */
    public boolean initial() {
        try (Transaction tx = database.system().beginTx()) {
            Result result = tx.execute(CHANGE_REQUIRED.text(), Map.of("user", USER));
            List<Object> flags = result.stream().map(row -> row.get("passwordChangeRequired")).toList();
            tx.commit();
            return !flags.isEmpty() && Boolean.TRUE.equals(flags.get(0));
        }
    }

    public void set(String password) {
        try {
            database.system().executeTransactionally(SET.text(), Map.of("password", password));
        } catch (QueryExecutionException e) {
            throw new KgraphDatabaseException(Reason.REFUSED, "Neo4j refused the new password: " + e.getMessage(), e);
        }
    }
}

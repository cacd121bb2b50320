package kgraph.queries.bolt;

import java.net.URI;
import kgraph.queries.api.KgraphDatabaseException;
import kgraph.queries.api.KgraphDatabaseException.Reason;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Opens a driver for a server address and turns driver failures into kgraph's database errors. */
final class BoltConnection {

    private BoltConnection() {
    }

    static Driver open(URI uri, String user, String password) {
        Driver driver;
        try {
            // The driver would log every retry and routing change to stderr; kgraph reports failures itself.
            driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password),
                    Config.builder().withLogging(Logging.none()).build());
        } catch (IllegalArgumentException e) {
            throw new KgraphDatabaseException(Reason.FAILED, "cannot use " + uri + " as a Neo4j address ("
                    + e.getMessage() + "); use bolt://HOST:PORT or neo4j://HOST:PORT", e);
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (RuntimeException e) {
            driver.close();
            if (e instanceof AuthenticationException) {
                throw new KgraphDatabaseException(Reason.REFUSED, "the Neo4j server at " + uri
                        + " refused the credentials of user '" + user + "' (check --user and KGRAPH_PASSWORD)", e);
            }
            throw translate(uri, e);
        }
    }

    static RuntimeException translate(URI uri, RuntimeException e) {
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return new KgraphDatabaseException(Reason.FAILED, "cannot reach a Neo4j server at " + uri + ": "
                    + e.getMessage(), e);
        }
        if (e instanceof SecurityException) {
            return new KgraphDatabaseException(Reason.REFUSED, "the Neo4j server at " + uri + " refused the request: "
                    + e.getMessage(), e);
        }
        if (e instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().startsWith("Neo.ClientError.Security")) {
            return new KgraphDatabaseException(Reason.REFUSED, "the Neo4j server at " + uri + " refused the request: "
                    + e.getMessage(), e);
        }
        return e;
    }
}

package kgraph.queries.embedded;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Where an embedded database served to other programs listens: Bolt and HTTP on one address
 * (loopback unless the caller widens it), HTTPS off, authentication always on.
 */
public record ServerConnectors(String listenAddress, int boltPort, int httpPort) {

    public static final String LOOPBACK = "127.0.0.1";

    void configure(DatabaseManagementServiceBuilder builder) {
        builder.setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(listenAddress))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(listenAddress, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(advertisedHost(), boltPort))
                .setConfig(HttpConnector.enabled, true)
                .setConfig(HttpConnector.listen_address, new SocketAddress(listenAddress, httpPort))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(advertisedHost(), httpPort))
                .setConfig(HttpsConnector.enabled, false)
                // Without this, stopping waits five seconds for Bolt's worker threads.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO);
    }

    /**
     * The host clients are told to use, e.g. by the Browser's discovery and by routing tables:
     * localhost for loopback, this machine's name for every interface, else the address itself.
     */
    public String advertisedHost() {
        if (loopbackOnly()) {
            return "localhost";
        }
        if (new SocketAddress(listenAddress, 0).isWildcard()) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return listenAddress;
            }
        }
        return listenAddress;
    }

    /** Where a program on this machine reaches the Bolt connector. */
    public URI localBoltUri() {
        boolean wildcard = new SocketAddress(listenAddress, 0).isWildcard();
        String host = wildcard ? LOOPBACK : listenAddress.contains(":") ? "[" + listenAddress + "]" : listenAddress;
        return URI.create("bolt://" + host + ":" + boltPort);
    }

    /** Whether only programs on this machine can connect. */
    public boolean loopbackOnly() {
        return listenAddress.equals(LOOPBACK) || listenAddress.equals("localhost") || listenAddress.equals("::1");
    }
}

package kgraph.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import kgraph.queries.embedded.DefaultUserPassword;
import kgraph.queries.embedded.ServerConnectors;

/** What {@code kgraph serve} prints once the server is up: where it is and how to connect. */
final class ServeBanner {

    private final Path home;
    private final ServerConnectors connectors;

    ServeBanner(Path home, ServerConnectors connectors) {
        this.home = home;
        this.connectors = connectors;
    }

    void print(PrintWriter out, String password) {
        String host = connectors.advertisedHost();
        String bolt = "bolt://" + host + ":" + connectors.boltPort();
        out.println("kgraph: serving " + home + " (authentication on)");
        out.println("  Neo4j Browser  http://" + host + ":" + connectors.httpPort() + "/browser/");
        out.println("  Bolt           " + bolt);
        out.println("  user           " + DefaultUserPassword.USER);
        out.println("  password       " + password);
        out.println("In the Browser, connect to " + bolt + " as " + DefaultUserPassword.USER
                + "; the guide's queries are in docs/browser-guide/.");
        out.println("From kgraph:     KGRAPH_PASSWORD=... kgraph --uri " + bolt + " images");
        out.println("Ctrl-C stops the server.");
        out.flush();
    }
}

package kgraph.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kgraph.cli.DbOptions;
import kgraph.cli.KgraphCommand;
import kgraph.cli.LocalServer;
import kgraph.queries.embedded.DefaultUserPassword;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.LocalUser;
import kgraph.queries.embedded.ServerConnectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the database folder to Neo4j Browser and Bolt clients until Ctrl-C.",
            "Listens on 127.0.0.1 only, with authentication on. The first start sets",
            "the password of user neo4j: $KGRAPH_PASSWORD, or a generated one printed once.",
            "While it runs, other kgraph commands on the same folder ask it over Bolt (faster,",
            "and no 'in use')."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687",
            description = "Bolt port (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "HTTP port for Neo4j Browser (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--listen-address", paramLabel = "ADDRESS", defaultValue = ServerConnectors.LOOPBACK,
            description = {"Address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
                "0.0.0.0 opens the server to every network this machine is on."})
    String listenAddress;

    @Option(names = "--reset-password", description = "Set a new password ($KGRAPH_PASSWORD or a generated one).")
    boolean resetPassword;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DbOptions db = KgraphCommand.root(spec).db();
        if (db.remote()) {
            throw new IllegalArgumentException("serve opens a database folder (--db); --uri names a server that is "
                    + "already running");
        }
        ServerConnectors connectors = new ServerConnectors(listenAddress, boltPort, httpPort);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EmbeddedDatabase database = EmbeddedDatabase.serve(db.home(), connectors);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            err.println("kgraph: stopping the server ...");
            err.flush();
            LocalServer.remove(db.home());
            database.close();
            stopped.countDown();
        }, "kgraph-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        boolean interrupted = false;
        try {
            String password = new ServePassword(new DefaultUserPassword(database), db.environment())
                    .ensure(resetPassword);
            String localPassword = LocalUser.renew(database);
            new LocalServer(ProcessHandle.current().pid(), connectors.localBoltUri(), LocalUser.NAME, localPassword)
                    .write(db.home());
            new ServeBanner(db.home(), connectors).print(out, password);
            if (!connectors.loopbackOnly()) {
                err.println("kgraph: warning: listening on " + listenAddress + ": other machines can reach this "
                        + "server; only the password protects it");
                err.flush();
            }
            stopped.await();
        } catch (InterruptedException e) {
            // In-process callers stop the server by interrupting; from a terminal, Ctrl-C runs the hook.
            interrupted = true;
        } finally {
            if (stopped.getCount() > 0) {
                Runtime.getRuntime().removeShutdownHook(stop);
                LocalServer.remove(db.home());
                database.close();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}

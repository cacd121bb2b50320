package kgraph.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kgraph.cli.DbOptions;
import kgraph.cli.KgraphCommand;
import kgraph.cli.OutputOptions;
import kgraph.queries.api.GraphExecutor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that opens the database, asks it something and prints the answer. */
abstract class QueryCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        DbOptions db = KgraphCommand.root(spec).db();
        try (GraphExecutor graph = writes() ? db.openForWrites() : db.openForQueries()) {
            return run(graph, spec.commandLine().getOut());
        }
    }

    /** Whether this run may change the graph; lookups open the database read-only. */
    boolean writes() {
        return false;
    }

    abstract int run(GraphExecutor graph, PrintWriter out);

    boolean json() {
        return output.json();
    }
}

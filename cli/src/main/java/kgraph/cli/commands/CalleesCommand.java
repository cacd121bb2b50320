package kgraph.cli.commands;

import java.io.PrintWriter;
import kgraph.queries.CallGraphQuery;
import kgraph.queries.api.GraphExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "callees", mixinStandardHelpOptions = true,
        description = "What a function calls, or has inlined into it, in one image.")
public final class CalleesCommand extends CallGraphCommand {

    @Option(names = "--image", paramLabel = "IMAGE", required = true, description = "The image to look in.")
    String image;

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
        print(out, new CallGraphQuery(graph).callees(function, image, validDepth(depth), kinds.kinds()), false);
        return 0;
    }
}

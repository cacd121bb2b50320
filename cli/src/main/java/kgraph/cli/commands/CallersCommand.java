package kgraph.cli.commands;

import java.io.PrintWriter;
import kgraph.queries.CallGraphQuery;
import kgraph.queries.api.GraphExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "callers", mixinStandardHelpOptions = true,
        description = {"Who calls a function, directly or inlined, with file and call-site count.",
            "--depth N walks callers of callers. Callers the data names but that match no",
            "definition in the image are shown as (unresolved)."})
public final class CallersCommand extends CallGraphCommand {

    @Option(names = "--image", paramLabel = "IMAGE", description = "Only this image (default: every image).")
    String image;

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
        print(out, new CallGraphQuery(graph).callers(function, image, validDepth(depth), kinds.kinds()), true);
        return 0;
    }
}

package kgraph.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import kgraph.cli.render.Json;
import kgraph.cli.render.Table;
import kgraph.queries.CallEdge;
import kgraph.queries.CallGraphQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code callers} and {@code callees} share: the function, the image, the depth and the kinds. */
abstract class CallGraphCommand extends QueryCommand {

    @Parameters(paramLabel = "FUNC", description = "Function name.")
    String function;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "Levels to walk (default: ${DEFAULT-VALUE}).")
    int depth;

    @ArgGroup(exclusive = true)
    KindFilter kinds = new KindFilter();

    static final class KindFilter {
        @Option(names = "--inline", description = "Only inline call sites (the callee's body inlined into the caller).")
        boolean inlineOnly;

        @Option(names = "--direct", description = "Only direct calls to an out-of-line copy.")
        boolean directOnly;

        List<String> kinds() {
            if (inlineOnly) {
                return List.of("INLINES");
            }
            return directOnly ? List.of("CALLS") : CallGraphQuery.ALL_KINDS;
        }
    }

    void print(PrintWriter out, List<CallEdge> edges, boolean upwards) {
        if (json()) {
            Json.print(out, edges);
            return;
        }
        Table table = new Table("IMAGE", "DEPTH", upwards ? "CALLER" : "CALLEE", "FILE", "KIND", "SITES",
                upwards ? "CALLS" : "CALLED BY");
        for (CallEdge e : edges) {
            String name = upwards ? e.from() : e.to();
            table.row(e.image(), e.depth(), e.resolved() ? name : name + " (unresolved)",
                    upwards ? e.fromFile() : e.toFile(), kind(e), e.sites(),
                    upwards ? e.to() : e.from());
        }
        table.print(out);
        out.println(edges.size() + " edges");
    }

    private static String kind(CallEdge e) {
        if (!e.kind().equals("CALLS")) {
            return "inline";
        }
        if (e.tailSites() == 0) {
            return "direct";
        }
        return e.tailSites() == e.sites() ? "tail" : "direct (" + e.tailSites() + " tail)";
    }

    static int validDepth(int depth) {
        if (depth < 1 || depth > 10) {
            throw new IllegalArgumentException("--depth must be between 1 and 10, was " + depth);
        }
        return depth;
    }
}

package kgraph.cli.commands;

import java.io.PrintWriter;
import kgraph.cli.render.Json;
import kgraph.cli.render.Table;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.diff.Change;
import kgraph.queries.diff.DiffQuery;
import kgraph.queries.diff.DiffSummary;
import kgraph.queries.diff.FunctionDifference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"What changed in a function's prototype between two images, in DepSurf's words:",
            "Param added / removed / reordered, Param type changed, Return type changed.",
            "With --summary instead of a name: the counts for the whole kernel."})
public final class DiffCommand extends QueryCommand {

    @Parameters(paramLabel = "FUNC", arity = "0..1", description = "Function name (omit with --summary).")
    String function;

    @Option(names = "--from", paramLabel = "IMAGE", required = true, description = "The image you are on.")
    String from;

    @Option(names = "--to", paramLabel = "IMAGE", required = true, description = "The image you move to.")
    String to;

    @Option(names = "--summary", description = "Counts for every function both images have prototypes for.")
    boolean summary;

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
        DiffQuery diff = new DiffQuery(graph);
        if (summary == (function != null)) {
            throw new IllegalArgumentException("give either a function name or --summary");
        }
        if (summary) {
            printSummary(out, diff.summary(from, to));
        } else {
            printFunction(out, diff.function(function, from, to));
        }
        return 0;
    }

    private void printSummary(PrintWriter out, DiffSummary s) {
        if (json()) {
            Json.print(out, s);
            return;
        }
        Table table = new Table("FUNCTIONS", "COUNT");
        table.row("in both", s.common()).row("only in " + s.from(), s.removed()).row("only in " + s.to(), s.added())
                .row("changed", s.changed());
        s.byCategory().forEach((category, count) -> table.row("  " + category, count));
        table.print(out);
    }

    private void printFunction(PrintWriter out, FunctionDifference d) {
        if (json()) {
            Json.print(out, d);
            return;
        }
        if (d.old() == null || d.now() == null) {
            String missing = d.old() == null ? d.from() : d.to();
            out.println(d.function() + ": no prototype in " + missing + " (absent, or imported without BTF types)");
        } else if (d.changes().isEmpty()) {
            out.println("No changes between " + d.from() + " and " + d.to() + " ✅");
        } else {
            out.println("Changed between " + d.from() + " and " + d.to() + " ⚠️");
            for (Change change : d.changes()) {
                out.println("  " + change.category() + ". " + change.detail());
            }
        }
        out.flush();
    }
}

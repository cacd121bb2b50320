package kgraph.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kgraph.cli.render.Json;
import kgraph.cli.render.Table;
import kgraph.queries.FunctionNotFoundException;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.diff.Change;
import kgraph.queries.diff.DiffQuery;
import kgraph.queries.diff.DiffSummary;
import kgraph.queries.diff.ElementDifference;
import kgraph.queries.diff.ElementKind;
import kgraph.queries.diff.FunctionDifference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"What changed between two images, in DepSurf's words.",
            "For a function, struct, union, enum, tracepoint, LSM hook, kfunc or syscall:",
            "Param added / removed / reordered, Param type changed,",
            "Return type changed; Field added / removed / type changed; Value added / removed / changed;",
            "Event changed / Func changed (tracepoints). With --summary instead of a name: the counts",
            "for the whole kernel, kind by kind."})
public final class DiffCommand extends QueryCommand {

    @Parameters(paramLabel = "FUNC", arity = "0..1", description = "Function name (omit with --summary).")
    String function;

    @Option(names = "--from", paramLabel = "IMAGE", required = true, description = "The image you are on.")
    String from;

    @Option(names = "--to", paramLabel = "IMAGE", required = true, description = "The image you move to.")
    String to;

    @Option(names = "--summary", description = "Counts for the whole kernel: functions, then each kind of type and hook.")
    boolean summary;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "function",
            description = "What NAME is: function (default), struct, union, enum, tracepoint, lsm, kfunc, syscall.")
    String kind;

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
        DiffQuery diff = new DiffQuery(graph);
        if (summary == (function != null)) {
            throw new IllegalArgumentException("give either a function name or --summary");
        }
        if (summary) {
            printSummary(out, diff.summary(from, to));
        } else if (kind.equals("function")) {
            printFunction(out, diff.function(function, from, to));
        } else {
            printElement(out, diff.element(elementKind(), function, from, to));
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
        for (Map.Entry<String, Map<String, Long>> kind : s.types().entrySet()) {
            Map<String, Long> row = kind.getValue();
            if (row.get("Old") == 0 && row.get("New") == 0) {
                continue;
            }
            out.println();
            Table types = new Table(kind.getKey().toUpperCase(Locale.ROOT) + "S", "COUNT");
            types.row("in " + s.from(), row.get("Old")).row("in " + s.to(), row.get("New"))
                    .row("added", row.get(Change.ADDED)).row("removed", row.get(Change.REMOVED))
                    .row("changed", row.get(Change.CHANGED));
            row.forEach((category, count) -> {
                if (!List.of("Old", "New", Change.ADDED, Change.REMOVED, Change.CHANGED).contains(category)) {
                    types.row("  " + category, count);
                }
            });
            types.print(out);
        }
    }

    private ElementKind elementKind() {
        try {
            return ElementKind.fromOption(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--kind must be function, struct, union, enum, tracepoint, lsm, kfunc "
                    + "or syscall, was '" + kind + "'");
        }
    }

    private void printElement(PrintWriter out, ElementDifference d) {
        if (json()) {
            Json.print(out, d);
            return;
        }
        String what = d.kind() + " " + d.name();
        if (!d.inOld() && !d.inNew()) {
            throw new FunctionNotFoundException("no " + d.kind().toLowerCase(Locale.ROOT) + " named '" + d.name()
                    + "' in " + d.from() + " or " + d.to() + " (or those images were imported without its types)",
                    List.of());
        } else if (!d.inOld() || !d.inNew()) {
            out.println(what + ": only in " + (d.inOld() ? d.from() : d.to()) + " (" + (d.inOld() ? "removed" : "added")
                    + ")");
        } else if (d.changes().isEmpty()) {
            out.println(what + ": no changes between " + d.from() + " and " + d.to() + " ✅");
        } else {
            out.println(what + ": changed between " + d.from() + " and " + d.to() + " ⚠️");
            for (Change change : d.changes()) {
                boolean heading = change.category().equals(Change.EVENT_CHANGED)
                        || change.category().equals(Change.FUNC_CHANGED);
                boolean underHeading = d.kind().equals(ElementKind.TRACEPOINT.label()) && !heading;
                out.println((underHeading ? "    " : "  ") + change.category() + ". " + change.detail());
            }
        }
        out.flush();
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

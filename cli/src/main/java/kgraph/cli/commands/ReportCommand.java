package kgraph.cli.commands;

import java.io.PrintWriter;
import kgraph.cli.render.ElementReportMarkdown;
import kgraph.cli.render.Json;
import kgraph.cli.render.ReportMarkdown;
import kgraph.queries.FunctionReport;
import kgraph.queries.FunctionReportQuery;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.diff.ElementKind;
import kgraph.queries.diff.ElementReport;
import kgraph.queries.diff.ElementReportQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"DepSurf's page for a function, struct, tracepoint or LSM hook, in Markdown.",
            "For a function: status in every image (collision, inlining, transformation, instances",
            "with their callers, symbols) and differences.",
            "With --kind: the page of a struct, union, enum, tracepoint or LSM hook (its shape in",
            "every image, then field, value, event or parameter differences)."})
public final class ReportCommand extends QueryCommand {

    @Parameters(paramLabel = "NAME", description = "Function name, e.g. kvm_vcpu_kick (or a type or hook with --kind).")
    String function;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "function",
            description = "What NAME is: function (default), struct, union, enum, tracepoint, lsm, kfunc.")
    String kind;

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
        if (!kind.equals("function")) {
            ElementReport report = new ElementReportQuery(graph).report(ElementKind.fromOption(kind), function);
            if (json()) {
                Json.print(out, report);
            } else {
                out.print(ElementReportMarkdown.render(report));
                out.flush();
            }
            return 0;
        }
        FunctionReport report = new FunctionReportQuery(graph).report(function);
        if (json()) {
            Json.print(out, report);
        } else {
            out.print(ReportMarkdown.render(report));
            out.flush();
        }
        return 0;
    }
}

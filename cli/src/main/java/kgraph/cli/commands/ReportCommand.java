package kgraph.cli.commands;

import java.io.PrintWriter;
import kgraph.cli.render.Json;
import kgraph.cli.render.ReportMarkdown;
import kgraph.queries.FunctionReport;
import kgraph.queries.FunctionReportQuery;
import kgraph.queries.api.GraphExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"DepSurf's page for a function, in Markdown.",
            "Status in every image: collision, inlining, transformation, instances with",
            "their callers, symbols."})
public final class ReportCommand extends QueryCommand {

    @Parameters(paramLabel = "FUNC", description = "Function name, e.g. kvm_vcpu_kick.")
    String function;

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
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

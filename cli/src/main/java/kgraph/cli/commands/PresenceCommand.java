package kgraph.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import kgraph.cli.render.Json;
import kgraph.cli.render.Table;
import kgraph.queries.PresenceQuery;
import kgraph.queries.PresenceRow;
import kgraph.queries.api.GraphExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "presence", mixinStandardHelpOptions = true,
        description = {"Where a function is: present or Absent in each image, with DepSurf's status.",
            "Status: Full/Selective Inline, Duplicate, Collision, Transformation, or a check mark.",
            "Images are grouped Regular / Arch / Flavor."})
public final class PresenceCommand extends QueryCommand {

    @Parameters(paramLabel = "FUNC", description = "Function name, e.g. vfs_read.")
    String function;

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
        List<PresenceRow> rows = new PresenceQuery(graph).presence(function);
        if (json()) {
            Json.print(out, rows);
            return 0;
        }
        Table table = new Table("GROUP", "IN", "IMAGE", "STATUS", "COLLISION", "INLINE", "TRANSFORMATION");
        rows.forEach(r -> table.row(r.group(), r.label(), r.image(), r.summary(), r.collision(), r.inline(),
                r.transformed()));
        table.print(out);
        long present = rows.stream().filter(PresenceRow::present).count();
        out.println(function + ": present in " + present + " of " + rows.size() + " images");
        return 0;
    }
}

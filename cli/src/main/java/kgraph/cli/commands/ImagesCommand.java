package kgraph.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import kgraph.cli.render.Json;
import kgraph.cli.render.Table;
import kgraph.queries.ImageQueries;
import kgraph.queries.ImageSummary;
import kgraph.queries.api.GraphExecutor;
import picocli.CommandLine.Command;

@Command(name = "images", mixinStandardHelpOptions = true,
        description = "List the imported kernel images, with what each holds.")
public final class ImagesCommand extends QueryCommand {

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
        List<ImageSummary> images = new ImageQueries(graph).images();
        if (json()) {
            Json.print(out, images);
            return 0;
        }
        Table table = new Table("IMAGE", "GROUP", "LABEL", "FUNCTIONS", "INSTANCES", "SYMBOLS", "CALL EDGES",
                "UNRESOLVED", "SYSCALLS", "TYPES", "MODULES", "SOURCE");
        images.forEach(i -> table.row(i.image(), i.group(), i.label(), i.functions(), i.instances(), i.symbols(),
                i.callEdges(), i.unresolvedCallers(), i.syscalls(), i.types(), i.modules(), i.source()));
        table.print(out);
        out.println(images.size() + " images");
        return 0;
    }
}

package kgraph.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import kgraph.cli.render.Json;
import kgraph.cli.render.Table;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.diff.ChangeQueries;
import kgraph.queries.diff.ChangeQueries.ChangeQuery;
import kgraph.queries.diff.DiffQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "changes", mixinStandardHelpOptions = true,
        description = {"Kernel changes between two images, answered by plain Cypher.",
            "--show-query prints the query, to run or adapt in Neo4j Browser.",
            "Without QUERY: the list of queries."})
public final class ChangesCommand extends QueryCommand {

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "e.g. struct-fields-removed; omit to list them.")
    String name;

    @Option(names = "--from", paramLabel = "IMAGE", description = "The image you are on.")
    String from;

    @Option(names = "--to", paramLabel = "IMAGE", description = "The image you move to.")
    String to;

    @Option(names = "--show-query", description = "Print the Cypher instead of running it.")
    boolean showQuery;

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
        if (name == null) {
            Table table = new Table("QUERY", "FINDS");
            ChangeQueries.all().forEach(q -> table.row(q.name(), q.description()));
            table.print(out);
            return 0;
        }
        ChangeQuery query = ChangeQueries.named(name);
        if (showQuery) {
            out.println(query.query().text());
            return 0;
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("give the two images to compare with --from and --to");
        }
        DiffQuery images = new DiffQuery(graph);
        images.requireImage(from);
        images.requireImage(to);
        List<Map<String, Object>> rows = ChangeQueries.run(graph, query, from, to);
        if (json()) {
            Json.print(out, rows);
            return 0;
        }
        if (rows.isEmpty()) {
            out.println("none");
            return 0;
        }
        List<String> columns = List.copyOf(rows.get(0).keySet());
        Table table = new Table(columns.stream().map(String::toUpperCase).toArray(String[]::new));
        rows.forEach(row -> table.row(columns.stream().map(row::get).toArray()));
        table.print(out);
        out.println(rows.size() + " rows");
        return 0;
    }
}

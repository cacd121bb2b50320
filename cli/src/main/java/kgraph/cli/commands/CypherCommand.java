package kgraph.cli.commands;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import kgraph.cli.render.Json;
import kgraph.cli.render.Table;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.UserQueryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cypher", mixinStandardHelpOptions = true,
        description = {"Run your own Cypher against the graph. Read-only unless --write.",
            "Values go in as parameters: --param name=vfs_read, used as $name."})
public final class CypherCommand extends QueryCommand {

    @Parameters(paramLabel = "QUERY", description = "The Cypher statement.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A query parameter; integers, true/false and null are typed, anything else is a string.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--write", description = "Allow statements that change the graph.")
    boolean write;

    @Override
    boolean writes() {
        return write;
    }

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
        UserQueryResult result = graph.runUserQuery(query, typed(params), write);
        if (json()) {
            Json.print(out, result.rows());
            return 0;
        }
        Table table = new Table(result.columns().toArray(String[]::new));
        for (Map<String, Object> row : result.rows()) {
            table.row(result.columns().stream().map(row::get).toArray());
        }
        table.print(out);
        out.println(result.rows().size() + " rows");
        return 0;
    }

    static Map<String, Object> typed(Map<String, String> raw) {
        Map<String, Object> typed = new LinkedHashMap<>();
        raw.forEach((key, value) -> typed.put(key, typed(value)));
        return typed;
    }

    private static Object typed(String value) {
        if (value.matches("-?\\d{1,18}")) {
            return Long.parseLong(value);
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            case "null" -> null;
            default -> value;
        };
    }
}

package kgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command line in-process and captures what it prints. */
public final class Cli {

    public record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    public static Result run(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return run(Map.of(), all.toArray(String[]::new));
    }

    /** Runs against a Neo4j server, with {@code password} where kgraph looks for it. */
    public static Result remote(URI uri, String password, String... args) {
        List<String> all = new ArrayList<>(List.of("--uri", uri.toString()));
        all.addAll(List.of(args));
        return run(Map.of(DbOptions.PASSWORD_VARIABLE, password), all.toArray(String[]::new));
    }

    /** Runs exactly these arguments, with {@code environment} as the only environment variables. */
    public static Result run(Map<String, String> environment, String... args) {
        CommandLine cli = KgraphCommand.commandLine(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}

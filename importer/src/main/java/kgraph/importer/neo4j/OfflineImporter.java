package kgraph.importer.neo4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kgraph.queries.embedded.EmbeddedDatabase;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Runs Neo4j's offline importer ({@code neo4j-admin database import full}) in this process,
 * building a new store in {@code home} from CSV files.
 */
final class OfflineImporter {

    private OfflineImporter() {
    }

    static void run(Path home, List<String> inputArguments, Consumer<String> output) {
        List<String> args = new ArrayList<>(List.of("database", "import", "full", EmbeddedDatabase.DATABASE,
                "--id-type=integer",
                "--overwrite-destination=true", "--bad-tolerance=0", "--report-file=" + home.resolve("import.report")));
        args.addAll(inputArguments);
        Path log = home.resolve("logs").resolve("import.log");
        try (LineStream out = new LineStream(output); PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            Files.createDirectories(log.getParent());
            ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), print, print,
                    new DefaultFileSystemAbstraction());
            int exit = AdminTool.execute(context, args.toArray(String[]::new));
            print.flush();
            Files.writeString(log, String.join("\n", out.lines()) + "\n");
            if (exit != 0) {
                throw new IllegalStateException("Neo4j's bulk importer failed (exit " + exit + "): "
                        + firstError(out.lines()) + " (full output: " + log + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run Neo4j's bulk importer in " + home + ": " + e.getMessage(), e);
        }
    }

    private static String firstError(List<String> lines) {
        return lines.stream()
                .map(String::strip)
                .filter(line -> line.contains("Exception") || line.toLowerCase().contains("error"))
                .findFirst()
                .orElse(lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1).strip());
    }

    /** Splits what the importer prints into lines, keeping them and passing each on. */
    private static final class LineStream extends OutputStream {

        private final Consumer<String> sink;
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private final List<String> lines = new ArrayList<>();

        LineStream(Consumer<String> sink) {
            this.sink = sink;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String line = current.toString(StandardCharsets.UTF_8);
                current.reset();
                lines.add(line);
                sink.accept(line);
            } else {
                current.write(b);
            }
        }

        synchronized List<String> lines() {
            return new ArrayList<>(lines);
        }
    }
}

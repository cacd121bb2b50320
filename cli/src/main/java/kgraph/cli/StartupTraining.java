package kgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The workload the launcher records into its class-data-sharing archive after each build
 * ({@code ./kgraph}, {@code -XX:ArchiveClassesAtExit}): every class it loads starts faster in
 * later runs. It runs the lookups people repeat most through the real command line, against a
 * database made from one image of the committed sample, in a scratch folder it deletes.
 * Usage: {@code StartupTraining SCRATCH_DIR SAMPLE_DATASET}. Prints each command's exit code;
 * exits with 1 when one failed (a lookup that finds nothing counts as success).
 */
public final class StartupTraining {

    private static final String IMAGE = "5.4.0-26-generic-amd64";
    private static final String FUNCTION = "vfs_read";

    private StartupTraining() {
    }

    public static void main(String[] args) {
        System.exit(train(Path.of(args[0]), Path.of(args[1])) == 0 ? 0 : 1);
    }

    /** Runs the workload in {@code scratch}, then deletes it; returns how many commands failed. */
    static int train(Path scratch, Path sample) {
        Path db = scratch.resolve("db");
        List<String[]> commands = List.of(
                new String[] {"import", "depsurf", sample.toString(), "--image", IMAGE, "--transactional"},
                new String[] {"presence", FUNCTION},
                new String[] {"presence", FUNCTION, "--json"},
                new String[] {"callers", FUNCTION},
                new String[] {"callers", FUNCTION, "--depth", "2", "--json"},
                new String[] {"callees", FUNCTION, "--image", IMAGE},
                new String[] {"report", FUNCTION},
                new String[] {"images"},
                new String[] {"presence", FUNCTION + "_no_such_function"},
                new String[] {"cypher", "MATCH (f:Function {name: $name}) RETURN f.name AS name", "-p", "name=" + FUNCTION});
        int failed = 0;
        for (String[] command : commands) {
            int exit = run(db, command);
            System.out.println(exit + "  kgraph " + String.join(" ", command));
            failed += exit == ExitCodes.OK || exit == ExitCodes.NOT_FOUND ? 0 : 1;
        }
        deleteRecursively(scratch);
        return failed;
    }

    private static int run(Path db, String... command) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString()));
        args.addAll(List.of(command));
        CommandLine cli = KgraphCommand.commandLine();
        cli.setOut(new PrintWriter(Writer.nullWriter()));
        cli.setErr(new PrintWriter(Writer.nullWriter()));
        return cli.execute(args.toArray(String[]::new));
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

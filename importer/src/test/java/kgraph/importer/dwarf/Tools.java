package kgraph.importer.dwarf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kgraph.importer.ExternalCommand;
import org.junit.jupiter.api.Assumptions;

/** Runs the external tools the DWARF tests build fixtures with and compare against. */
public final class Tools {

    public static final String GCC = "/usr/bin/gcc";
    public static final String OBJCOPY = "/usr/bin/objcopy";
    public static final String LLVM_DWARFDUMP = "/usr/bin/llvm-dwarfdump";

    private Tools() {
    }

    public static void requireAll() {
        for (String tool : List.of(GCC, OBJCOPY, LLVM_DWARFDUMP)) {
            Assumptions.assumeTrue(Path.of(tool).toFile().canExecute(), tool + " is not installed");
        }
    }

    /** Runs a command in {@code directory} and returns its standard output lines; fails on a non-zero exit. */
    public static List<String> run(Path directory, List<String> command) throws IOException, InterruptedException {
        Result result = tryRun(directory, command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: "
                    + String.join("\n", result.lines().subList(0, Math.min(10, result.lines().size()))));
        }
        return result.lines();
    }

    record Result(int exitCode, List<String> lines) {
    }

    static Result tryRun(Path directory, List<String> command) throws IOException, InterruptedException {
        ExternalCommand.Outcome outcome = ExternalCommand.run(directory, command, true);
        return new Result(outcome.exitCode(), outcome.lines());
    }
}

package kgraph.importer.elf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import kgraph.importer.ExternalCommand;
import org.junit.jupiter.api.Assumptions;
import static org.junit.jupiter.api.Assertions.assertEquals;


/** Runs gcc, readelf and objcopy in a scratch directory; tests skip when they are not installed. */
final class Toolchain {

    static final List<String> SOURCES = List.of("main.c", "util.c");

    private final Path dir;

    Toolchain(Path dir) {
        this.dir = dir;
        for (String tool : List.of("gcc", "readelf", "objcopy")) {
            Assumptions.assumeTrue(succeeds(tool, "--version"), tool + " is not installed");
        }
    }

    Path dir() {
        return dir;
    }

    /** Copies the test's C sources into the scratch directory. */
    void copySources() {
        for (String name : SOURCES) {
            try (InputStream in = Toolchain.class.getResourceAsStream("/elf/" + name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Runs {@code gcc args…} in the scratch directory and returns the output file. */
    Path gcc(String output, String... args) {
        copySources();
        String[] command = new String[args.length + 3];
        command[0] = "gcc";
        System.arraycopy(args, 0, command, 1, args.length);
        command[args.length + 1] = "-o";
        command[args.length + 2] = output;
        run(command);
        return dir.resolve(output);
    }

    /** Runs a command that must succeed and returns its standard output as lines. */
    List<String> run(String... command) {
        Result result = exec(command);
        assertEquals(0, result.exitCode, () -> String.join(" ", command) + " failed: " + result.errors);
        return result.output.lines().toList();
    }

    boolean succeeds(String... command) {
        try {
            return exec(command).exitCode == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private Result exec(String... command) {
        ExternalCommand.Outcome outcome = ExternalCommand.run(dir, List.of(command), false);
        return new Result(outcome.exitCode(), outcome.text(), outcome.err());
    }

    private record Result(int exitCode, String output, String errors) {
    }
}

package kgraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the tools the tests build fixtures with or compare against (gcc, readelf,
 * llvm-dwarfdump, bpftool, dpkg-deb...), in a folder, with its output and errors captured.
 */
public final class ExternalCommand {

    private static final long TIMEOUT_SECONDS = 300;

    /** What a finished command printed: standard output as bytes, standard error as text. */
    public record Outcome(int exitCode, byte[] out, String err) {

        public String text() {
            return new String(out, StandardCharsets.UTF_8);
        }

        public List<String> lines() {
            return text().lines().toList();
        }

        /** This outcome, or a failure naming the command and what it printed on error. */
        public Outcome requireSuccess(List<String> command) {
            if (exitCode != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + exitCode + "): "
                        + (err.isBlank() ? text().lines().limit(10).toList() : err.strip()));
            }
            return this;
        }
    }

    private ExternalCommand() {
    }

    /** Runs {@code command} in {@code dir}; with {@code mergeErrors}, errors are part of the output. */
    public static Outcome run(Path dir, List<String> command, boolean mergeErrors) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            if (mergeErrors) {
                builder.redirectErrorStream(true);
            }
            Process process = builder.start();
            process.getOutputStream().close();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errors = new Thread(() -> copy(process.getErrorStream(), err));
            errors.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out");
            }
            errors.join();
            return new Outcome(process.exitValue(), out, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command that must succeed and returns its output lines. */
    public static List<String> lines(Path dir, List<String> command) {
        return run(dir, command, false).requireSuccess(command).lines();
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // The process ended; what it printed so far is kept.
        }
    }
}

package kgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real command line in a child JVM, as a user runs it: {@code java -cp ... kgraph.cli.Main
 * --db DB ARGS}. Unlike {@link Cli}, it can be killed with SIGKILL mid-way, and it is another
 * process as far as the database's lock is concerned.
 */
public final class CliProcess implements AutoCloseable {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final Lines out;
    private final Lines err;

    private CliProcess(Process process) {
        this.process = process;
        this.out = new Lines(process.getInputStream());
        this.err = new Lines(process.getErrorStream());
    }

    public static CliProcess start(Path db, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Short-lived and killed early: the quick compiler is enough.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--db", db.toString()));
        command.addAll(List.of(args));
        try {
            return new CliProcess(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end and returns the exit code. */
    public static CliProcess run(Path db, String... args) {
        CliProcess child = start(db, args);
        child.waitForExit();
        return child;
    }

    /** Waits until the child prints a line on stderr that matches, and returns it. */
    public String awaitErrLine(Predicate<String> wanted) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : err.lines()) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive() && err.closed()) {
                throw new AssertionError("the child ended (exit " + process.exitValue()
                        + ") without the expected line; stderr:\n" + err.text());
            }
            sleep(Duration.ofMillis(20));
        }
        throw new AssertionError("no expected line within " + LIMIT + "; stderr:\n" + err.text());
    }

    /** {@code kill -9}: the child gets no chance to clean up. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    public int waitForExit() {
        try {
            if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child did not end within " + LIMIT + "; stderr:\n" + err.text());
            }
            out.join();
            err.join();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int exit() {
        return process.exitValue();
    }

    public String out() {
        return out.text();
    }

    public String err() {
        return err.text();
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** Drains one of the child's streams on its own thread, so the child never blocks on a full pipe. */
    private static final class Lines {

        private final List<String> lines = new ArrayList<>();
        private final Thread reader;
        private volatile boolean closed;

        Lines(InputStream stream) {
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        synchronized (lines) {
                            lines.add(line);
                        }
                    }
                } catch (IOException e) {
                    // The child was killed mid-line; what was read so far stays.
                } finally {
                    closed = true;
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        List<String> lines() {
            synchronized (lines) {
                return new ArrayList<>(lines);
            }
        }

        String text() {
            return String.join("\n", lines());
        }

        boolean closed() {
            return closed;
        }

        void join() throws InterruptedException {
            reader.join(Duration.ofSeconds(10).toMillis());
        }
    }
}

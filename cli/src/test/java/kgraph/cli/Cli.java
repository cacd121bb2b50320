package kgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
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

    /** Starts a long-running command (serve) on a thread of its own; stop it with {@link Running#stop()}. */
    public static Running start(Map<String, String> environment, String... args) {
        return new Running(environment, args);
    }

    /** A command running in the background, with what it has printed so far. */
    public static final class Running {

        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final Thread thread;
        private volatile int exit = -1;

        private Running(Map<String, String> environment, String[] args) {
            CommandLine cli = KgraphCommand.commandLine(environment, PasswordPrompt.NONE);
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            thread = new Thread(() -> exit = cli.execute(args), "kgraph-test-" + args[args.length - 1]);
            thread.start();
        }

        /** Waits until the output contains {@code text}; fails if the command ends first or time runs out. */
        public String awaitOutput(String text, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!out.toString().contains(text)) {
                if (!thread.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("no '" + text + "' in the output (exit " + exit + "): " + out + err);
                }
                Thread.sleep(50);
            }
            return out.toString();
        }

        /** Interrupts the command and returns what it ended with. */
        public Result stop() throws InterruptedException {
            thread.interrupt();
            thread.join(Duration.ofSeconds(60).toMillis());
            if (thread.isAlive()) {
                throw new AssertionError("still running after stop: " + out + err);
            }
            return new Result(exit, out.toString(), err.toString());
        }
    }

    /** Runs exactly these arguments, with {@code environment} as the only environment variables and no terminal. */
    public static Result run(Map<String, String> environment, String... args) {
        return run(environment, PasswordPrompt.NONE, args);
    }

    /** Runs exactly these arguments, answering a password prompt with {@code prompt}. */
    public static Result run(Map<String, String> environment, PasswordPrompt prompt, String... args) {
        CommandLine cli = KgraphCommand.commandLine(environment, prompt);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}

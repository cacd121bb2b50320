package kgraph.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a password without echo from the terminal. Java's console exists only while both
 * standard input and output are a terminal, so with output piped ({@code kgraph ... | jq})
 * this falls back to the process's controlling terminal, {@code /dev/tty}, where there is one.
 */
final class TerminalPrompt implements PasswordPrompt {

    private static final File TTY = new File("/dev/tty");

    @Override
    public Optional<String> ask(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        return fromControllingTerminal(prompt);
    }

    private static Optional<String> fromControllingTerminal(String prompt) {
        if (!TTY.canRead()) {
            return Optional.empty();
        }
        try (OutputStream out = new FileOutputStream(TTY);
             BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(TTY),
                     StandardCharsets.UTF_8))) {
            out.write(prompt.getBytes(StandardCharsets.UTF_8));
            out.flush();
            stty("-echo");
            try {
                return Optional.ofNullable(in.readLine());
            } finally {
                stty("echo");
                out.write('\n');
            }
        } catch (IOException e) {
            // No controlling terminal (a service, CI): nobody to ask.
            return Optional.empty();
        }
    }

    private static void stty(String mode) throws IOException {
        try {
            new ProcessBuilder("stty", mode).redirectInput(TTY).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting the terminal", e);
        }
    }
}

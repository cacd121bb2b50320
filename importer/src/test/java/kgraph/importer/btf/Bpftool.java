package kgraph.importer.btf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs {@code bpftool btf dump file X} (raw format), the independent reader tests compare with. */
public final class Bpftool {

    private Bpftool() {
    }

    public static List<String> dump(Path btf) throws IOException, InterruptedException {
        Path bpftool = find();
        Process process = new ProcessBuilder(bpftool.toString(), "btf", "dump", "file", btf.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var out = process.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        process.waitFor(120, TimeUnit.SECONDS);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("bpftool failed: " + String.join("\n", lines.subList(0, Math.min(5, lines.size()))));
        }
        return lines;
    }

    private static Path find() {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/usr/local/sbin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, "bpftool");
            if (candidate.toFile().canExecute()) {
                return candidate;
            }
        }
        Assumptions.abort("bpftool is not installed (Debian package bpftool)");
        return null;
    }
}

package kgraph.importer.btf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kgraph.importer.ExternalCommand;
import org.junit.jupiter.api.Assumptions;

/** Runs {@code bpftool btf dump file X} (raw format), the independent reader tests compare with. */
public final class Bpftool {

    private Bpftool() {
    }

    public static List<String> dump(Path btf) throws IOException, InterruptedException {
        List<String> command = List.of(find().toString(), "btf", "dump", "file", btf.toString());
        return ExternalCommand.run(btf.toAbsolutePath().getParent(), command, true).requireSuccess(command).lines();
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

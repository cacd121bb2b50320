package kgraph.importer.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kgraph.importer.dwarf.Tools;
import org.junit.jupiter.api.Assumptions;

/**
 * Builds the kernel-like test program of {@code src/test/resources/kernel} with
 * {@code gcc -g -O2} and adds its BTF with {@code pahole -J}: its banner names it
 * {@value #IMAGE}, and its sources are written to give each of DepSurf's classifications.
 */
public final class KernelFixture {

    public static final String IMAGE = "6.1.0-99-test-amd64";
    private static final List<String> SOURCES = List.of("list.h", "fs.c", "net.c", "main.c");
    private static final String PAHOLE = "/usr/bin/pahole";

    private KernelFixture() {
    }

    /** The vmlinux, built in {@code dir}; skips the test when the tools are missing. */
    public static Path build(Path dir) throws IOException, InterruptedException {
        Tools.requireAll();
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PAHOLE)), "pahole is not installed (Debian package pahole)");
        for (String source : SOURCES) {
            try (InputStream in = KernelFixture.class.getResourceAsStream("/kernel/" + source)) {
                Files.copy(in, dir.resolve(source));
            }
        }
        Tools.run(dir, List.of(Tools.GCC, "-g", "-O2", "-o", "vmlinux", "fs.c", "net.c", "main.c"));
        Tools.run(dir, List.of(PAHOLE, "-J", "vmlinux"));
        return dir.resolve("vmlinux");
    }
}

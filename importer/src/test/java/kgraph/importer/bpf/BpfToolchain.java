package kgraph.importer.bpf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.ExternalCommand;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Assumptions;
import static org.junit.jupiter.api.Assertions.assertEquals;


/**
 * Builds the eBPF fixtures in a scratch directory the way libbpf-based tools are built: vmlinux.h
 * from a real Debian kernel's BTF by bpftool, then clang -target bpf. Also runs the tools the tests
 * compare with. Tests skip when clang, bpftool or the kernel BTF are missing.
 */
public final class BpfToolchain {

    static final String KERNEL = "6.1.0-56-cloud-amd64";

    private final Path dir;
    private final Path bpftool;
    private final Path kernelBtf;

    public BpfToolchain(Path dir) {
        this.dir = dir;
        Assumptions.assumeTrue(succeeds("clang", "--version"), "clang is not installed");
        for (String tool : List.of("llvm-objdump", "llvm-objcopy", "readelf")) {
            Assumptions.assumeTrue(succeeds(tool, "--version"), tool + " is not installed");
        }
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/usr/include/bpf/bpf_helpers.h")),
                "libbpf-dev is not installed");
        this.bpftool = findBpftool();
        this.kernelBtf = Samples.debianBtf(KERNEL);
        if (!Files.exists(dir.resolve("vmlinux.h"))) {
            writeFile("vmlinux.h", run(bpftool.toString(), "btf", "dump", "file", kernelBtf.toString(), "format", "c"));
        }
    }

    Path dir() {
        return dir;
    }

    Path kernelBtf() {
        return kernelBtf;
    }

    String bpftool() {
        return bpftool.toString();
    }

    /** Compiles resource {@code bpf/NAME} for {@code target} ({@code bpf}, {@code bpfeb}) and returns the object. */
    public Path compile(String name, String target) {
        Path source = copyResource(name);
        Path object = dir.resolve(name.replace(".bpf.c", "") + "." + target + ".o");
        run("clang", "-target", target, "-g", "-O2", "-D__TARGET_ARCH_x86", "-I" + dir, "-c", source.toString(),
                "-o", object.toString());
        return object;
    }

    public Path compile(String name) {
        return compile(name, "bpf");
    }

    Path copyResource(String name) {
        Path target = dir.resolve(name);
        try (InputStream in = BpfToolchain.class.getResourceAsStream("/bpf/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource bpf/" + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    String source(String name) {
        try {
            return Files.readString(copyResource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command that must succeed in the scratch directory and returns its standard output as lines. */
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

    void writeFile(String name, List<String> lines) {
        try {
            Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result exec(String... command) {
        ExternalCommand.Outcome outcome = ExternalCommand.run(dir, List.of(command), false);
        return new Result(outcome.exitCode(), outcome.text(), outcome.err());
    }

    private static Path findBpftool() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/usr/local/sbin", "/usr/local/bin")) {
            candidates.add(Path.of(dir, "bpftool"));
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort("bpftool is not installed (Debian package bpftool)");
        return null;
    }

    private record Result(int exitCode, String output, String errors) {
    }
}

package kgraph.importer.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kgraph.importer.ImageSource;
import kgraph.importer.btf.BtfOnlyGraph;
import kgraph.importer.btf.BtfReader;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.model.ImageName;
import kgraph.importer.model.ImageNames;

/**
 * The kernel this machine runs, from what it exposes without debug info: the BTF at
 * {@code /sys/kernel/btf/vmlinux} (every function with its prototype) and the text symbols in
 * {@code /proc/kallsyms} (GCC's renames, addresses). Whether a function collides or is inlined
 * needs DWARF, so those facts stay unknown (null), not "no".
 */
public record RunningKernelSource(Path btf, Path kallsyms, ImageName image) implements ImageSource {

    public static final Path SYS_BTF = Path.of("/sys/kernel/btf/vmlinux");
    public static final Path PROC_KALLSYMS = Path.of("/proc/kallsyms");
    public static final Path PROC_OSRELEASE = Path.of("/proc/sys/kernel/osrelease");

    /** This machine's kernel, named by its release and the JVM's architecture. */
    public static RunningKernelSource thisMachine(String name) {
        String imageName = name != null ? name : ImageNames.of(release(), debianArch());
        return new RunningKernelSource(SYS_BTF, PROC_KALLSYMS, ImageName.parse(imageName));
    }

    private static String release() {
        try {
            return Files.readString(PROC_OSRELEASE).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kernel release from " + PROC_OSRELEASE, e);
        }
    }

    private static String debianArch() {
        return switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            case "ppc64le" -> "ppc64el";
            case "s390x" -> "s390x";
            case "riscv64" -> "riscv64";
            default -> System.getProperty("os.arch");
        };
    }

    @Override
    public String name() {
        return image.name();
    }

    @Override
    public ImageGraph read() {
        return BtfOnlyGraph.build(image, "running", BtfReader.read(btf),
                FunctionSymbols.byFunctionName(KallsymsReader.functions(kallsyms)));
    }
}

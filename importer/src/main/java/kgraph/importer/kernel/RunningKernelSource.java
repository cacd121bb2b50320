package kgraph.importer.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kgraph.importer.ImageSource;
import kgraph.importer.btf.BtfReader;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.btf.FunctionPrototypes;
import kgraph.importer.btf.Prototype;
import kgraph.importer.depsurf.SymbolRecord;
import kgraph.importer.graph.ImageCounts;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraph.GroupRow;
import kgraph.importer.graph.ImageGraph.ImageRow;
import kgraph.importer.graph.ImageGraph.SymbolRow;
import kgraph.importer.graph.Keys;
import kgraph.importer.graph.TypeRows;
import kgraph.importer.model.Address;
import kgraph.importer.model.ImageName;
import kgraph.importer.model.ImageNames;
import kgraph.importer.types.KernelTypes;

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
        BtfTypes btfTypes = BtfReader.read(btf);
        Map<String, Prototype> prototypes = FunctionPrototypes.of(btfTypes);
        Map<String, List<SymbolRecord>> symbols = FunctionSymbols.byFunctionName(KallsymsReader.functions(kallsyms));
        List<GroupRow> groups = new ArrayList<>(prototypes.size());
        List<SymbolRow> symbolRows = new ArrayList<>();
        for (Prototype prototype : prototypes.values()) {
            String groupKey = Keys.group(image.name(), prototype.name());
            List<SymbolRecord> own = symbols.getOrDefault(prototype.name(), List.of());
            Boolean transformed = own.isEmpty() ? null : own.stream().anyMatch(s -> s.name().contains("."));
            groups.add(prototype.applyTo(new GroupRow(groupKey, prototype.name(), null, null, transformed, null, null,
                    null, null, null, null)));
            for (int i = 0; i < own.size(); i++) {
                SymbolRecord symbol = own.get(i);
                symbolRows.add(new SymbolRow(Keys.symbol(image.name(), prototype.name(), i), groupKey, symbol.name(),
                        Address.hex(symbol.addr()), symbol.size(), symbol.bind(), symbol.section(), i));
            }
        }
        Set<String> functions = new LinkedHashSet<>(prototypes.keySet());
        ImageRow row = ImageRow.of(image, "running");
        ImageCounts counts = new ImageCounts(groups.size(), 0, symbolRows.size(), 0, 0, 0, 0, 0);
        KernelTypes types = KernelTypes.fromBtf(btfTypes);
        return new ImageGraph(row, List.copyOf(functions), List.of(), groups, List.of(), symbolRows, List.of(),
                List.of(), counts).withTypes(TypeRows.of(image.name(), types), types.syscalls());
    }
}

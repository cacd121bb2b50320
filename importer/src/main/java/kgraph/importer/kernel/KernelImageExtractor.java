package kgraph.importer.kernel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kgraph.importer.BadInputException;
import kgraph.importer.ImportListener;
import kgraph.importer.btf.BtfOnlyGraph;
import kgraph.importer.btf.BtfReader;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.btf.FunctionPrototypes;
import kgraph.importer.btf.Prototype;
import kgraph.importer.depsurf.FuncGroupRecord;
import kgraph.importer.depsurf.ImageMetadata;
import kgraph.importer.dwarf.DwarfFunctionReader;
import kgraph.importer.dwarf.DwarfFunctions;
import kgraph.importer.elf.ElfDebugSections;
import kgraph.importer.elf.ElfFile;
import kgraph.importer.elf.ElfSymbol;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraph.GroupRow;
import kgraph.importer.graph.ImageGraphBuilder;
import kgraph.importer.graph.TypeRows;
import kgraph.importer.model.ImageName;
import kgraph.importer.modules.ModuleSet;
import kgraph.importer.types.KernelTypes;
import kgraph.importer.types.Kfuncs;

/**
 * Extracts one kernel image from its vmlinux: functions, definitions and call edges from DWARF,
 * symbols from {@code .symtab}, prototypes from {@code .BTF}, the compiler from {@code .comment};
 * grouped and classified as DepSurf does, so the image answers the same queries as DepSurf's.
 */
public final class KernelImageExtractor {

    private final ImageName image;
    private final List<String> config;

    public KernelImageExtractor(ImageName image, List<String> config) {
        this.image = image;
        this.config = config;
    }

    public ImageGraph extract(ElfFile elf, ImportListener listener) {
        return extract(elf, listener, null);
    }

    /**
     * With {@code modules}, also the image's modules, read with the vmlinux BTF (or null) that
     * their own BTF is split over.
     */
    public ImageGraph extract(ElfFile elf, ImportListener listener, Function<BtfTypes, ModuleSet> modules) {
        ByteBuffer blob = elf.data(".BTF");
        BtfTypes btf = blob == null ? null : BtfReader.read(elf.source() + " (.BTF)", blob);
        List<ElfSymbol> symbols = elf.symbols();
        ImageGraph graph = elf.data(".debug_info") != null ? fromDwarf(elf, symbols, btf, listener)
                : withoutDwarf(elf, symbols, btf);
        return modules == null ? graph : ModuleReading.addTo(graph, image, modules.apply(btf), listener);
    }

    private ImageGraph fromDwarf(ElfFile elf, List<ElfSymbol> symbols, BtfTypes btf, ImportListener listener) {
        DwarfFunctions dwarf = DwarfFunctionReader.read(new ElfDebugSections(elf),
                (units, total, bytes, totalBytes) -> listener.reading(image.name(), "DWARF compile units", units,
                        total));
        List<FuncGroupRecord> groups = FuncGroupAssembler.assemble(dwarf.functions(),
                FunctionSymbols.byFunctionName(symbols));
        ImageMetadata metadata = new ImageMetadata(compiler(elf), Map.of(), config);
        ImageGraph graph = new ImageGraphBuilder(image, "vmlinux").build(groups, metadata);
        return btf == null ? graph : withBtf(graph, btf, symbols);
    }

    /**
     * A vmlinux shipped without DWARF but with BTF and symbols (ppc64el and mips64el image
     * packages): what BTF and the symbol table tell, the rest unknown, as for the running kernel.
     */
    private ImageGraph withoutDwarf(ElfFile elf, List<ElfSymbol> symbols, BtfTypes btf) {
        if (btf == null) {
            throw new BadInputException(elf.source() + ": no DWARF (.debug_info section) and no BTF: use the vmlinux"
                    + " with debug info (Debian's -dbg package, Ubuntu's dbgsym)");
        }
        return BtfOnlyGraph.build(image, "vmlinux-btf", btf, FunctionSymbols.byFunctionName(symbols),
                typesOf(btf, symbols));
    }

    /** Prototypes, types and hooks from {@code .BTF}. */
    private static ImageGraph withBtf(ImageGraph graph, BtfTypes btf, List<ElfSymbol> symbols) {
        Map<String, Prototype> prototypes = FunctionPrototypes.of(btf);
        List<GroupRow> groups = new ArrayList<>(graph.groups().size());
        for (GroupRow group : graph.groups()) {
            Prototype prototype = prototypes.get(group.name());
            groups.add(prototype == null ? group : prototype.applyTo(group));
        }
        KernelTypes types = typesOf(btf, symbols);
        return graph.withGroups(groups).withTypes(TypeRows.of(graph.image().name(), types), types.syscalls());
    }

    /** The BTF's types and hooks, with the kfuncs its {@code __BTF_ID__func__} symbols name. */
    private static KernelTypes typesOf(BtfTypes btf, List<ElfSymbol> symbols) {
        KernelTypes types = KernelTypes.fromBtf(btf);
        Map<String, Prototype> kfuncs = Kfuncs.fromSymbols(symbols.stream().map(ElfSymbol::name).toList(), btf);
        return kfuncs.isEmpty() ? types : types.withKfuncs(kfuncs);
    }

    /** The first line of {@code .comment}, e.g. {@code GCC: (Debian 12.2.0-14+deb12u1) 12.2.0}. */
    static String compiler(ElfFile elf) {
        ByteBuffer comment = elf.data(".comment");
        if (comment == null) {
            return null;
        }
        byte[] bytes = new byte[comment.remaining()];
        comment.duplicate().get(bytes);
        for (String entry : new String(bytes, StandardCharsets.UTF_8).split("\0")) {
            if (!entry.isBlank()) {
                return entry.strip();
            }
        }
        return null;
    }
}

package kgraph.importer.bpf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kgraph.importer.btf.BtfReader;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.elf.ElfFile;
import kgraph.importer.elf.ElfSection;
import kgraph.importer.elf.ElfSymbol;

/**
 * A compiled eBPF object ({@code clang -target bpf -c}, either byte order): its programs, its
 * license, and what it needs from the kernel: the attach points its section names give, the
 * {@code __ksym} externs it uses, and the types, fields and enumerators its CO-RE relocations name.
 */
public final class BpfObject {

    /** e_machine of eBPF. */
    public static final int EM_BPF = 247;
    private static final int E_MACHINE_OFFSET = 18;
    private static final String UNKNOWN_TYPE = "unknown";

    private final String source;
    private final ByteOrder byteOrder;
    private final List<BpfProgram> programs;
    private final String license;
    private final BpfDependencies dependencies;

    private BpfObject(String source, ByteOrder byteOrder, List<BpfProgram> programs, String license,
                      BpfDependencies dependencies) {
        this.source = source;
        this.byteOrder = byteOrder;
        this.programs = programs;
        this.license = license;
        this.dependencies = dependencies;
    }

    public static BpfObject open(Path file) {
        return read(ElfFile.open(file));
    }

    /** Reads an object already in memory; {@code source} names it in errors. */
    public static BpfObject of(String source, ByteBuffer bytes) {
        return read(ElfFile.of(source, bytes));
    }

    public String source() {
        return source;
    }

    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /** The programs in section order, several per section where the object has them. */
    public List<BpfProgram> programs() {
        return programs;
    }

    /** The text of the {@code license} section, without its terminating NUL. */
    public Optional<String> license() {
        return Optional.ofNullable(license);
    }

    public BpfDependencies dependencies() {
        return dependencies;
    }

    private static BpfObject read(ElfFile elf) {
        String source = elf.source();
        if (elf.machine() != EM_BPF) {
            throw BpfFormatException.at(source, E_MACHINE_OFFSET, "not an eBPF object (machine "
                    + elf.machineName() + ")");
        }
        List<ElfSymbol> symbols = elf.symbols();
        CodeSections code = new CodeSections(elf, symbols);
        DependencyCollector collected = new DependencyCollector();
        List<BpfProgram> programs = new ArrayList<>();
        for (ElfSection section : elf.sections()) {
            if (CodeSections.isCode(section) && !".text".equals(section.name())) {
                readProgramSection(section, code, programs, collected);
            }
        }
        Optional<ElfSection> btfSection = elf.section(".BTF");
        Optional<ElfSection> extSection = elf.section(".BTF.ext");
        ExternSymbols externs = new ExternSymbols(symbols, code);
        if (btfSection.isPresent()) {
            ByteBuffer blob = elf.rawData(btfSection.get());
            String where = source + ": section .BTF";
            BtfTypes types = BtfReader.read(where, blob);
            try {
                addAll(collected, externs.fromBtf(types));
            } catch (IllegalArgumentException e) {
                throw BpfFormatException.at(where, 0, "the .ksyms externs: " + e.getMessage());
            }
            if (extSection.isPresent()) {
                readCoreRelocations(elf, extSection.get(), types, code, collected);
            }
        } else {
            if (extSection.isPresent()) {
                throw BpfFormatException.at(source + ": section .BTF.ext", 0,
                        "the object has .BTF.ext but no .BTF for its types and strings");
            }
            addAll(collected, externs.fromCalls());
        }
        return new BpfObject(source, elf.byteOrder(), List.copyOf(programs), license(elf),
                new BpfDependencies(collected.dependencies()));
    }

    private static void readProgramSection(ElfSection section, CodeSections code, List<BpfProgram> programs,
                                           DependencyCollector collected) {
        Optional<ProgramSection> matched = SectionRules.match(section.name());
        List<String> names = code.functions(section.index()).stream().map(CodeSections.Function::name).toList();
        for (String name : names) {
            programs.add(matched.map(m -> new BpfProgram(name, section.name(), m.rule().programType(),
                            m.rule().kernelAttachType(), m.rule().sleepable()))
                    .orElse(new BpfProgram(name, section.name(), UNKNOWN_TYPE, null, false)));
        }
        matched.flatMap(ProgramSection::requirement)
                .ifPresent(r -> collected.add(r.kind(), r.name(), r.detail(), names));
    }

    private static void readCoreRelocations(ElfFile elf, ElfSection extSection, BtfTypes types, CodeSections code,
                                            DependencyCollector collected) {
        String where = elf.source() + ": section .BTF.ext";
        CoreRelocationResolver resolver = new CoreRelocationResolver(where, types);
        for (CoreRelocation relocation : BtfExtReader.coreRelocations(where, elf.rawData(extSection), types)) {
            Optional<Requirement> requirement = resolver.resolve(relocation);
            if (requirement.isEmpty()) {
                continue;
            }
            Set<String> users = elf.section(relocation.section())
                    .map(s -> code.functionAt(s.index(), relocation.instructionOffset()))
                    .map(code::programsRunning)
                    .orElse(Set.of());
            Requirement r = requirement.get();
            collected.add(r.kind(), r.name(), r.detail(), users);
        }
    }

    private static void addAll(DependencyCollector collected, Map<Requirement, Set<String>> requirements) {
        requirements.forEach((r, users) -> collected.add(r.kind(), r.name(), r.detail(), users));
    }

    private static String license(ElfFile elf) {
        Optional<ElfSection> section = elf.section("license");
        if (section.isEmpty()) {
            return null;
        }
        ByteBuffer bytes = elf.rawData(section.get());
        int end = 0;
        while (end < bytes.limit() && bytes.get(end) != 0) {
            end++;
        }
        byte[] text = new byte[end];
        bytes.get(0, text);
        return new String(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return source + " (" + programs.size() + " programs, " + dependencies.size() + " dependencies)";
    }
}

package kgraph.importer.bpf;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kgraph.importer.btf.BtfKind;
import kgraph.importer.btf.BtfType;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.btf.CDeclarations;
import kgraph.importer.elf.ElfSymbol;

/**
 * The {@code __ksym} externs of an object: functions (kfuncs) and variables the loader resolves
 * against the kernel. With BTF they are the entries of the {@code .ksyms} DATASEC (which keeps
 * {@code .kconfig} externs apart); without it, the undefined symbols that call instructions name.
 */
final class ExternSymbols {

    static final String KSYMS = ".ksyms";
    private static final String STB_WEAK = "STB_WEAK";

    private final List<ElfSymbol> symbols;
    private final CodeSections code;

    ExternSymbols(List<ElfSymbol> symbols, CodeSections code) {
        this.symbols = symbols;
        this.code = code;
    }

    /** Each extern with the programs that refer to it. */
    Map<Requirement, Set<String>> fromBtf(BtfTypes types) {
        CDeclarations declarations = new CDeclarations(types);
        Map<Requirement, Set<String>> externs = new LinkedHashMap<>();
        for (int id : dataSection(types, KSYMS)) {
            if (id <= 0 || id > types.size()) {
                continue;
            }
            BtfType type = types.get(id);
            if (type.kind() == BtfKind.FUNC) {
                externs.put(new Requirement(DependencyKind.KFUNC, type.name(),
                        new DependencyDetail.Extern(declarations.prototype(type), isWeak(type.name()))),
                        users(type.name()));
            } else if (type.kind() == BtfKind.VAR) {
                externs.put(new Requirement(DependencyKind.KERNEL_VARIABLE, type.name(),
                        new DependencyDetail.Extern(declarations.declare(type.type(), type.name()) + ";",
                                isWeak(type.name()))), users(type.name()));
            }
        }
        return externs;
    }

    /** The type ids of the variables and functions the first DATASEC of that name lists, or none. */
    private static List<Integer> dataSection(BtfTypes types, String name) {
        return types.ofKind(BtfKind.DATASEC).stream().filter(t -> t.name().equals(name)).findFirst()
                .map(section -> section.members().stream().map(BtfType.Member::type).toList())
                .orElse(List.of());
    }

    /** Without BTF: undefined symbols that a call instruction's relocation names. */
    Map<Requirement, Set<String>> fromCalls() {
        Map<Requirement, Set<String>> externs = new LinkedHashMap<>();
        for (int section : code.sectionIndexes()) {
            for (ElfRelocation relocation : code.relocations(section)) {
                if (relocation.symbol() >= symbols.size() || !code.isCall(section, relocation.offset())) {
                    continue;
                }
                ElfSymbol symbol = symbols.get(relocation.symbol());
                if (isUndefined(symbol)) {
                    externs.put(new Requirement(DependencyKind.KFUNC, symbol.name(),
                            new DependencyDetail.Extern(null, STB_WEAK.equals(symbol.bind()))), users(symbol.name()));
                }
            }
        }
        return externs;
    }

    private boolean isWeak(String name) {
        return symbols.stream().anyMatch(s -> isUndefined(s) && s.name().equals(name) && STB_WEAK.equals(s.bind()));
    }

    private static boolean isUndefined(ElfSymbol symbol) {
        return symbol.sectionIndex() == 0 && !symbol.name().isEmpty();
    }

    /** The programs whose code refers to the undefined symbol {@code name}: calls, loads of its address. */
    private Set<String> users(String name) {
        Map<Integer, Boolean> matches = new HashMap<>();
        Set<String> programs = new TreeSet<>();
        for (int section : code.sectionIndexes()) {
            for (ElfRelocation relocation : code.relocations(section)) {
                int index = relocation.symbol();
                boolean match = matches.computeIfAbsent(index, i -> i < symbols.size()
                        && isUndefined(symbols.get(i)) && symbols.get(i).name().equals(name));
                CodeSections.Function holder = match ? code.functionAt(section, relocation.offset()) : null;
                if (holder != null) {
                    programs.addAll(code.programsRunning(holder));
                }
            }
        }
        return programs;
    }
}

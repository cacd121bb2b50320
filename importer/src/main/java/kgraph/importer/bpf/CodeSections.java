package kgraph.importer.bpf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kgraph.importer.elf.ElfFile;
import kgraph.importer.elf.ElfSection;
import kgraph.importer.elf.ElfSymbol;

/**
 * The executable sections of an eBPF object: which function each instruction belongs to, the
 * relocations of each section, and which programs reach each function through BPF-to-BPF calls, so
 * that a dependency of a subprogram in {@code .text} is charged to the programs that call it.
 */
final class CodeSections {

    static final long SHF_EXECINSTR = 0x4;
    private static final int INSTRUCTION_SIZE = 8;
    private static final int OPCODE_CALL = 0x85;
    private static final int PSEUDO_CALL = 1;

    /** A function symbol: a program or subprogram occupying {@code [start, end)} of its section. */
    record Function(String name, int section, long start, long end) {
    }

    private final ElfFile elf;
    private final List<ElfSymbol> symbols;
    private final Map<Integer, List<Function>> functionsBySection = new HashMap<>();
    private final Map<Integer, List<ElfRelocation>> relocationsBySection = new HashMap<>();
    private final Map<Function, Set<Function>> callers = new LinkedHashMap<>();

    CodeSections(ElfFile elf, List<ElfSymbol> symbols) {
        this.elf = elf;
        this.symbols = symbols;
        for (ElfSection section : elf.sections()) {
            if (isCode(section)) {
                functionsBySection.put(section.index(), functionsIn(section));
            }
        }
        for (ElfSection section : elf.sections()) {
            if (section.isRelocations() && functionsBySection.containsKey(section.info())) {
                relocationsBySection.computeIfAbsent(section.info(), i -> new ArrayList<>())
                        .addAll(ElfRelocations.read(elf, section));
            }
        }
        for (int section : functionsBySection.keySet()) {
            findCalls(section);
        }
    }

    static boolean isCode(ElfSection section) {
        return (section.flags() & SHF_EXECINSTR) != 0 && section.type() == ElfSection.SHT_PROGBITS;
    }

    /** The indexes of the code sections, {@code .text} included. */
    Set<Integer> sectionIndexes() {
        return new TreeSet<>(functionsBySection.keySet());
    }

    /** Whether the instruction at byte {@code offset} of a code section is a call. */
    boolean isCall(int section, long offset) {
        ByteBuffer code = elf.rawData(elf.sections().get(section));
        return offset >= 0 && offset + INSTRUCTION_SIZE <= code.limit() && (code.get((int) offset) & 0xFF) == OPCODE_CALL;
    }

    /** The functions of a code section, in address order. */
    List<Function> functions(int section) {
        return functionsBySection.getOrDefault(section, List.of());
    }

    /** The relocations of a code section. */
    List<ElfRelocation> relocations(int section) {
        return relocationsBySection.getOrDefault(section, List.of());
    }

    /** The function holding the instruction at byte {@code offset} of {@code section}, or null. */
    Function functionAt(int section, long offset) {
        Function holder = null;
        for (Function f : functions(section)) {
            if (f.start() <= offset && (offset < f.end() || f.end() == f.start())) {
                holder = f;
            }
        }
        return holder;
    }

    /**
     * The names of the programs (functions outside {@code .text}) that run {@code function}: itself
     * when it is a program, else every program that calls it directly or through other subprograms;
     * a subprogram no program calls stands for itself.
     */
    Set<String> programsRunning(Function function) {
        Set<String> programs = new TreeSet<>();
        Set<Function> seen = new HashSet<>();
        List<Function> pending = new ArrayList<>(List.of(function));
        while (!pending.isEmpty()) {
            Function f = pending.remove(pending.size() - 1);
            if (!seen.add(f)) {
                continue;
            }
            if (isProgram(f)) {
                programs.add(f.name());
            }
            pending.addAll(callers.getOrDefault(f, Set.of()));
        }
        if (programs.isEmpty()) {
            programs.add(function.name());
        }
        return programs;
    }

    boolean isProgram(Function function) {
        return !".text".equals(elf.sections().get(function.section()).name());
    }

    private List<Function> functionsIn(ElfSection section) {
        List<Function> functions = new ArrayList<>();
        for (ElfSymbol symbol : symbols) {
            if (symbol.isFunction() && symbol.sectionIndex() == section.index()) {
                functions.add(new Function(symbol.name(), section.index(), symbol.value(), symbol.value() + symbol.size()));
            }
        }
        functions.sort(Comparator.comparingLong(Function::start));
        return functions;
    }

    /**
     * Records each BPF-to-BPF call: a call instruction with src_reg 1. With a relocation (a call
     * into another section, or any call in newer compilers) the callee is at the symbol's value
     * plus (imm + 1) instructions; without one, imm counts instructions from the next one.
     */
    private void findCalls(int sectionIndex) {
        ElfSection section = elf.sections().get(sectionIndex);
        ByteBuffer code = elf.rawData(section);
        Map<Long, ElfRelocation> relocationAt = new HashMap<>();
        for (ElfRelocation relocation : relocations(sectionIndex)) {
            relocationAt.put(relocation.offset(), relocation);
        }
        boolean bigEndian = code.order() == ByteOrder.BIG_ENDIAN;
        for (int at = 0; at + INSTRUCTION_SIZE <= code.limit(); at += INSTRUCTION_SIZE) {
            if ((code.get(at) & 0xFF) != OPCODE_CALL) {
                continue;
            }
            int registers = code.get(at + 1) & 0xFF;
            int sourceRegister = bigEndian ? registers & 0x0F : registers >>> 4;
            if (sourceRegister != PSEUDO_CALL) {
                continue;
            }
            long next = (long) (code.getInt(at + 4) + 1) * INSTRUCTION_SIZE;
            ElfRelocation relocation = relocationAt.get((long) at);
            Function callee;
            if (relocation == null) {
                callee = functionAt(sectionIndex, at + next);
            } else {
                if (relocation.symbol() >= symbols.size()) {
                    throw BpfFormatException.at(elf.source() + ": section " + section.name(), at, "the call's "
                            + "relocation names symbol " + relocation.symbol() + ", past the symbol table ("
                            + symbols.size() + " entries)");
                }
                ElfSymbol target = symbols.get(relocation.symbol());
                callee = functionAt(target.sectionIndex(), target.value() + next);
            }
            Function caller = functionAt(sectionIndex, at);
            if (callee != null && caller != null) {
                callers.computeIfAbsent(callee, f -> new LinkedHashSet<>()).add(caller);
            }
        }
    }
}

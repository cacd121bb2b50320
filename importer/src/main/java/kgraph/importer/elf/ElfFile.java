package kgraph.importer.elf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An ELF32 or ELF64 file of either byte order, read from a memory mapping or a buffer. Section
 * contents come back decompressed and, where relocation sections target them, relocated, so that
 * DWARF in object files and in vmlinux reads the same as in a fully linked file.
 */
public final class ElfFile {

    private final String source;
    private final ElfBytes bytes;
    private final ElfHeader header;
    private final List<ElfSection> sections;
    private final Map<String, ElfSection> byName = new HashMap<>();
    private final Map<Integer, List<ElfSection>> relocationsByTarget = new HashMap<>();
    private final Map<Integer, long[]> symbolValues = new ConcurrentHashMap<>();

    private ElfFile(String source, ElfBytes bytes) {
        this.source = source;
        this.bytes = bytes;
        this.header = ElfHeader.read(source, bytes);
        this.sections = SectionHeaderTable.read(source, header, bytes);
        for (ElfSection s : sections) {
            byName.putIfAbsent(s.name(), s);
            if (s.isRelocations() && (s.flags() & ElfSection.SHF_ALLOC) == 0 && s.info() > 0
                    && s.info() < sections.size()) {
                relocationsByTarget.computeIfAbsent(s.info(), i -> new ArrayList<>()).add(s);
            }
        }
    }

    /** Maps {@code file} read-only; the mapping stays valid after this returns, no handle is kept open. */
    public static ElfFile open(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new ElfFile(file.toString(), ElfBytes.map(channel));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads the bytes from {@code bytes}' position to its limit; {@code source} names them in errors. */
    public static ElfFile of(String source, ByteBuffer bytes) {
        return new ElfFile(source, ElfBytes.of(bytes));
    }

    /** Whether the bytes from {@code head}'s position start with the ELF magic; does not move the position. */
    public static boolean isElf(ByteBuffer head) {
        return ElfHeader.hasMagic(head);
    }

    public String source() {
        return source;
    }

    public ByteOrder byteOrder() {
        return header.order();
    }

    public boolean is64() {
        return header.is64();
    }

    /** The e_machine number, e.g. 62 for x86_64. */
    public int machine() {
        return header.machine();
    }

    /** The machine as the kernel's build names it: x86_64, aarch64, ppc64, s390x, riscv64, i386, arm, mips… */
    public String machineName() {
        return ElfMachine.name(header.machine(), header.is64());
    }

    /** The e_type by its ELF name: ET_REL, ET_EXEC, ET_DYN, ET_CORE. */
    public String type() {
        return header.typeName();
    }

    public long size() {
        return bytes.size();
    }

    public List<ElfSection> sections() {
        return sections;
    }

    /** The first section of that name. */
    public Optional<ElfSection> section(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The contents of the named section ready to parse, or null when there is none. A {@code .debug_*}
     * name also finds GNU's compressed {@code .zdebug_*} section.
     */
    public ByteBuffer data(String sectionName) {
        ElfSection section = byName.get(sectionName);
        if (section == null && sectionName.startsWith(".debug")) {
            section = byName.get(".z" + sectionName.substring(1));
        }
        return section == null ? null : data(section);
    }

    /**
     * The section's contents from position 0, in the file's byte order: decompressed when compressed,
     * relocated when relocation sections target it, otherwise a view of the file's bytes without
     * copying. In linked files (ET_EXEC, ET_DYN) loaded sections already hold their final contents, so
     * only relocations of sections that are not loaded, such as debug sections, are applied there.
     */
    public ByteBuffer data(ElfSection section) {
        ByteBuffer raw = rawData(section);
        ByteBuffer contents = raw;
        if (section.isCompressed() || SectionDecompressor.isGnuCompressed(section, raw)) {
            contents = new SectionDecompressor(source, header.is64(), header.order()).decompress(section, raw);
        }
        List<ElfSection> relocations = relocationsFor(section);
        if (relocations.isEmpty()) {
            return contents;
        }
        if (contents == raw) {
            contents = ByteBuffer.allocate(raw.remaining()).order(header.order()).put(raw.duplicate()).flip();
        }
        Relocator relocator = new Relocator(source, header.is64(), header.machine());
        for (ElfSection relocation : relocations) {
            relocator.apply(section, contents, relocation, rawData(relocation), symbolValues(relocation));
        }
        return contents;
    }

    /** The section's bytes exactly as stored in the file (empty for SHT_NOBITS), without copying. */
    public ByteBuffer rawData(ElfSection section) {
        if (!section.hasFileBytes()) {
            return ByteBuffer.allocate(0).order(header.order());
        }
        if (!bytes.contains(section.offset(), section.size())) {
            throw new ElfFormatException(source, section.offset(), "section " + describe(section) + " ("
                    + Long.toUnsignedString(section.size()) + " bytes) runs past the end of the file ("
                    + bytes.size() + " bytes)");
        }
        ByteBuffer slice = bytes.slice(section.offset(), section.size(), header.order());
        if (slice == null) {
            throw new ElfFormatException(source, section.offset(), "section " + describe(section) + " ("
                    + section.size() + " bytes) is too large to map as one buffer");
        }
        return slice;
    }

    /** The relocation sections whose entries {@link #data(ElfSection)} applies to {@code section}. */
    public List<ElfSection> relocationsFor(ElfSection section) {
        boolean linked = header.type() != ElfHeader.ET_REL;
        if (linked && (section.flags() & ElfSection.SHF_ALLOC) != 0) {
            return List.of();
        }
        return relocationsByTarget.getOrDefault(section.index(), List.of());
    }

    /** The entries of {@code .symtab}, or an empty list when the file has none (a stripped binary). */
    public List<ElfSymbol> symbols() {
        return symbolsOfType(ElfSection.SHT_SYMTAB, ".symtab");
    }

    /** The entries of {@code .dynsym}, or an empty list when the file has none. */
    public List<ElfSymbol> dynamicSymbols() {
        return symbolsOfType(ElfSection.SHT_DYNSYM, ".dynsym");
    }

    /** The entries of any SHT_SYMTAB or SHT_DYNSYM section. */
    public List<ElfSymbol> symbols(ElfSection table) {
        return new SymbolTableReader(this).read(table);
    }

    private List<ElfSymbol> symbolsOfType(int type, String name) {
        ElfSection table = byName.get(name);
        if (table == null || table.type() != type) {
            table = sections.stream().filter(s -> s.type() == type).findFirst().orElse(null);
        }
        return table == null ? List.of() : symbols(table);
    }

    long sectionHeaderOffset(int index) {
        return header.sectionHeaderOffset() + (long) index * header.sectionHeaderSize();
    }

    /** The string table in section {@code index}, which {@code referrer}'s sh_link names. */
    StringTable stringTable(int index, ElfSection referrer) {
        if (index <= 0 || index >= sections.size()) {
            throw new ElfFormatException(source, sectionHeaderOffset(referrer.index()), "the string table of "
                    + referrer.name() + " is section " + index + ", which does not exist (" + sections.size()
                    + " sections)");
        }
        ElfSection table = sections.get(index);
        return new StringTable(source, table, rawData(table));
    }

    private long[] symbolValues(ElfSection relocation) {
        int link = relocation.link();
        if (link == 0) {
            return new long[0];
        }
        if (link < 0 || link >= sections.size()) {
            throw new ElfFormatException(source, sectionHeaderOffset(relocation.index()), "the symbol table of "
                    + relocation.name() + " is section " + link + ", which does not exist (" + sections.size()
                    + " sections)");
        }
        return symbolValues.computeIfAbsent(link, i -> new SymbolTableReader(this).values(sections.get(i)));
    }

    private static String describe(ElfSection section) {
        return section.name().isEmpty() ? String.valueOf(section.index()) : section.name();
    }

    @Override
    public String toString() {
        return source + " (" + (is64() ? "ELF64 " : "ELF32 ") + machineName() + " " + type() + ", "
                + sections.size() + " sections)";
    }
}

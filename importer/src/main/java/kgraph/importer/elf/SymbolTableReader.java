package kgraph.importer.elf;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code SHT_SYMTAB} or {@code SHT_DYNSYM} section into {@link ElfSymbol}s. */
final class SymbolTableReader {

    /** Indexes from here up (SHN_ABS, SHN_COMMON…) are not sections; SHN_XINDEX defers to .symtab_shndx. */
    static final int SHN_LORESERVE = 0xFF00;
    static final int SHN_XINDEX = 0xFFFF;

    private static final String[] TYPES = {"STT_NOTYPE", "STT_OBJECT", "STT_FUNC", "STT_SECTION", "STT_FILE",
        "STT_COMMON", "STT_TLS"};
    private static final String[] BINDS = {"STB_LOCAL", "STB_GLOBAL", "STB_WEAK"};
    private static final String[] VISIBILITIES = {"STV_DEFAULT", "STV_INTERNAL", "STV_HIDDEN", "STV_PROTECTED"};

    private final ElfFile elf;

    SymbolTableReader(ElfFile elf) {
        this.elf = elf;
    }

    static int entrySize(boolean is64) {
        return is64 ? 24 : 16;
    }

    /** The table's entries after checking their size; shared by {@link #read} and {@link #values}. */
    private ByteBuffer entries(ElfSection table) {
        int entrySize = entrySize(elf.is64());
        if (table.entsize() != entrySize) {
            throw new ElfFormatException(elf.source(), elf.sectionHeaderOffset(table.index()), "bad symbol table "
                    + "entry size " + table.entsize() + " in " + table.name() + ", expected " + entrySize);
        }
        ByteBuffer entries = elf.rawData(table);
        if (entries.remaining() % entrySize != 0) {
            throw new ElfFormatException(elf.source(), table.offset(), table.name() + " has " + entries.remaining()
                    + " bytes, not a whole number of " + entrySize + "-byte entries");
        }
        return entries;
    }

    List<ElfSymbol> read(ElfSection table) {
        ByteBuffer entries = entries(table);
        int entrySize = entrySize(elf.is64());
        int count = entries.remaining() / entrySize;
        StringTable names = elf.stringTable(table.link(), table);
        ByteBuffer extendedIndexes = extendedIndexes(table, count);
        List<ElfSection> sections = elf.sections();
        List<ElfSymbol> symbols = new ArrayList<>(count);
        for (int i = 0, at = 0; i < count; i++, at += entrySize) {
            long nameOffset = Integer.toUnsignedLong(entries.getInt(at));
            int info;
            int other;
            int shndx;
            long value;
            long size;
            if (elf.is64()) {
                info = Byte.toUnsignedInt(entries.get(at + 4));
                other = entries.get(at + 5);
                shndx = Short.toUnsignedInt(entries.getShort(at + 6));
                value = entries.getLong(at + 8);
                size = entries.getLong(at + 16);
            } else {
                value = Integer.toUnsignedLong(entries.getInt(at + 4));
                size = Integer.toUnsignedLong(entries.getInt(at + 8));
                info = Byte.toUnsignedInt(entries.get(at + 12));
                other = entries.get(at + 13);
                shndx = Short.toUnsignedInt(entries.getShort(at + 14));
            }
            int sectionIndex = shndx;
            if (shndx == SHN_XINDEX && extendedIndexes != null) {
                sectionIndex = extendedIndexes.getInt(i * 4);
            }
            String section = null;
            boolean reserved = shndx >= SHN_LORESERVE && shndx != SHN_XINDEX;
            if (!reserved && sectionIndex > 0 && sectionIndex < sections.size()) {
                section = sections.get(sectionIndex).name();
            }
            String name = names.at(nameOffset, table.offset() + at);
            symbols.add(new ElfSymbol(name, value, size, type(info & 0xF), bind(info >>> 4),
                    VISIBILITIES[other & 0x3], sectionIndex, section));
        }
        return symbols;
    }

    /** Only the st_value of every entry, indexed like the table; what relocations need. */
    long[] values(ElfSection table) {
        ByteBuffer entries = entries(table);
        int entrySize = entrySize(elf.is64());
        long[] values = new long[entries.remaining() / entrySize];
        for (int i = 0, at = 0; i < values.length; i++, at += entrySize) {
            values[i] = elf.is64() ? entries.getLong(at + 8) : Integer.toUnsignedLong(entries.getInt(at + 4));
        }
        return values;
    }

    private ByteBuffer extendedIndexes(ElfSection table, int count) {
        for (ElfSection s : elf.sections()) {
            if (s.type() == ElfSection.SHT_SYMTAB_SHNDX && s.link() == table.index()) {
                ByteBuffer indexes = elf.rawData(s);
                if (indexes.remaining() < (long) count * 4) {
                    throw new ElfFormatException(elf.source(), s.offset(), s.name() + " has " + indexes.remaining()
                            + " bytes, too few for the " + count + " entries of " + table.name());
                }
                return indexes;
            }
        }
        return null;
    }

    private static String type(int type) {
        if (type < TYPES.length) {
            return TYPES[type];
        }
        return type == 10 ? "STT_GNU_IFUNC" : "STT_" + type;
    }

    private static String bind(int bind) {
        if (bind < BINDS.length) {
            return BINDS[bind];
        }
        return bind == 10 ? "STB_GNU_UNIQUE" : "STB_" + bind;
    }
}

package kgraph.importer.elf;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Reads the section header table, including the extended numbering used when there are 0xff00 or more sections. */
final class SectionHeaderTable {

    private static final int SHN_XINDEX = 0xFFFF;
    private static final int ENTRY_SIZE_32 = 40;
    private static final int ENTRY_SIZE_64 = 64;

    private SectionHeaderTable() {
    }

    static List<ElfSection> read(String source, ElfHeader header, ElfBytes bytes) {
        long tableOffset = header.sectionHeaderOffset();
        if (tableOffset == 0) {
            return List.of();
        }
        int entrySize = header.sectionHeaderSize();
        int minimum = header.is64() ? ENTRY_SIZE_64 : ENTRY_SIZE_32;
        if (entrySize < minimum) {
            throw new ElfFormatException(source, header.is64() ? 58 : 46, "section header entry size " + entrySize
                    + " is smaller than the " + minimum + " bytes of an " + (header.is64() ? "ELF64" : "ELF32")
                    + " section header");
        }
        if (!bytes.contains(tableOffset, entrySize)) {
            throw pastEnd(source, tableOffset, header.sectionCount(), entrySize, bytes.size());
        }
        ElfSection first = entry(bytes.slice(tableOffset, entrySize, header.order()), header.is64(), 0, "");
        long count = header.sectionCount() == 0 ? first.size() : header.sectionCount();
        int namesIndex = header.sectionNamesIndex() == SHN_XINDEX ? first.link() : header.sectionNamesIndex();
        if (count > Integer.MAX_VALUE / entrySize || !bytes.contains(tableOffset, count * entrySize)) {
            throw pastEnd(source, tableOffset, count, entrySize, bytes.size());
        }
        ByteBuffer table = bytes.slice(tableOffset, count * entrySize, header.order());
        List<ElfSection> unnamed = new ArrayList<>((int) count);
        for (int i = 0; i < count; i++) {
            unnamed.add(entry(table.slice(i * entrySize, entrySize).order(header.order()), header.is64(), i, ""));
        }
        if (namesIndex == 0) {
            return List.copyOf(unnamed);
        }
        if (namesIndex >= count) {
            throw new ElfFormatException(source, header.is64() ? 62 : 50, "section name table index " + namesIndex
                    + " is not below the section count " + count);
        }
        ElfSection namesSection = unnamed.get(namesIndex);
        if (!bytes.contains(namesSection.offset(), namesSection.size())) {
            throw new ElfFormatException(source, namesSection.offset(), "section name string table (section "
                    + namesIndex + ", " + namesSection.size() + " bytes) runs past the end of the file ("
                    + bytes.size() + " bytes)");
        }
        ByteBuffer namesBytes = bytes.slice(namesSection.offset(), namesSection.size(), header.order());
        if (namesBytes == null) {
            throw new ElfFormatException(source, namesSection.offset(), "section name string table is too large");
        }
        StringTable names = new StringTable(source, namesSection, namesBytes);
        List<ElfSection> sections = new ArrayList<>(unnamed.size());
        for (ElfSection s : unnamed) {
            long nameOffset = Integer.toUnsignedLong(table.getInt(s.index() * entrySize));
            String name = names.at(nameOffset, tableOffset + (long) s.index() * entrySize);
            sections.add(new ElfSection(s.index(), name, s.type(), s.flags(), s.addr(), s.offset(), s.size(),
                    s.link(), s.info(), s.entsize()));
        }
        return List.copyOf(sections);
    }

    private static ElfSection entry(ByteBuffer e, boolean is64, int index, String name) {
        int type = e.getInt(4);
        if (is64) {
            return new ElfSection(index, name, type, e.getLong(8), e.getLong(16), e.getLong(24), e.getLong(32),
                    e.getInt(40), e.getInt(44), e.getLong(56));
        }
        return new ElfSection(index, name, type, u32(e, 8), u32(e, 12), u32(e, 16), u32(e, 20),
                e.getInt(24), e.getInt(28), u32(e, 36));
    }

    private static long u32(ByteBuffer e, int at) {
        return Integer.toUnsignedLong(e.getInt(at));
    }

    private static ElfFormatException pastEnd(String source, long offset, long count, int entrySize, long fileSize) {
        return new ElfFormatException(source, offset, "section header table runs past the end of the file ("
                + count + " headers of " + entrySize + " bytes from 0x" + Long.toHexString(offset) + ", file has "
                + fileSize + " bytes)");
    }
}

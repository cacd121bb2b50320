package kgraph.importer.elf;

import java.nio.ByteBuffer;

/**
 * Applies one relocation section to a copy of its target section's contents, as a debugger or
 * readelf does for the data in debug sections: S + A for RELA entries, S + the value in place for
 * REL entries, written in the file's byte order.
 */
final class Relocator {

    private final String source;
    private final boolean is64;
    private final int machine;

    Relocator(String source, boolean is64, int machine) {
        this.source = source;
        this.is64 = is64;
        this.machine = machine;
    }

    static int entrySize(boolean is64, boolean rela) {
        return is64 ? (rela ? 24 : 16) : (rela ? 12 : 8);
    }

    void apply(ElfSection target, ByteBuffer data, ElfSection relocations, ByteBuffer entries, long[] symbolValues) {
        boolean rela = relocations.type() == ElfSection.SHT_RELA;
        int entrySize = entrySize(is64, rela);
        if (relocations.entsize() != entrySize) {
            throw new ElfFormatException(source, relocations.offset(), "bad relocation entry size "
                    + relocations.entsize() + " in " + relocations.name() + ", expected " + entrySize);
        }
        if (entries.remaining() % entrySize != 0) {
            throw new ElfFormatException(source, relocations.offset(), relocations.name() + " has "
                    + entries.remaining() + " bytes, not a whole number of " + entrySize + "-byte entries");
        }
        // MIPS64 splits r_info into a 4-byte symbol and four 1-byte types instead of a 64-bit field.
        boolean mips64 = is64 && machine == ElfMachine.EM_MIPS;
        int count = entries.remaining() / entrySize;
        int size = data.limit();
        int lastType = -1;
        RelocationOp op = null;
        for (int i = 0, at = 0; i < count; i++, at += entrySize) {
            long offset;
            int symbol;
            int type;
            long addend;
            if (is64) {
                offset = entries.getLong(at);
                if (mips64) {
                    symbol = entries.getInt(at + 8);
                    type = Byte.toUnsignedInt(entries.get(at + 15));
                    if (entries.get(at + 13) != 0 || entries.get(at + 14) != 0) {
                        type = -1;
                    }
                } else {
                    long info = entries.getLong(at + 8);
                    symbol = (int) (info >>> 32);
                    type = (int) info;
                }
                addend = rela ? entries.getLong(at + 16) : 0;
            } else {
                offset = Integer.toUnsignedLong(entries.getInt(at));
                int info = entries.getInt(at + 4);
                symbol = info >>> 8;
                type = info & 0xFF;
                addend = rela ? entries.getInt(at + 8) : 0;
            }
            if (type != lastType || op == null) {
                op = RelocationTypes.of(machine, type);
                if (op == null) {
                    throw new ElfFormatException(source, relocations.offset() + at, "unsupported relocation "
                            + (type == -1 ? "(a composed MIPS64 relocation)" : RelocationTypes.name(machine, type))
                            + " in " + relocations.name() + " at offset 0x" + Long.toHexString(offset) + " of "
                            + target.name());
                }
                lastType = type;
            }
            if (op == RelocationOp.NONE) {
                continue;
            }
            if (offset < 0 || offset > size - op.width) {
                throw new ElfFormatException(source, relocations.offset() + at, "relocation in "
                        + relocations.name() + " at offset 0x" + Long.toHexString(offset) + " lies outside "
                        + target.name() + " (" + size + " bytes)");
            }
            if (symbol != 0 && (symbol < 0 || symbol >= symbolValues.length)) {
                throw new ElfFormatException(source, relocations.offset() + at, "relocation in "
                        + relocations.name() + " refers to symbol " + Integer.toUnsignedString(symbol)
                        + ", the symbol table has " + symbolValues.length);
            }
            long s = symbol == 0 ? 0 : symbolValues[symbol];
            long inPlace = op.read(data, (int) offset);
            op.apply(data, (int) offset, s + (rela ? addend : inPlace), inPlace);
        }
    }
}

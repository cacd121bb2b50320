package kgraph.importer.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The fields of the ELF file header this reader uses. All offsets and counts are unsigned. */
record ElfHeader(boolean is64, ByteOrder order, int type, int machine, long sectionHeaderOffset,
                 int sectionHeaderSize, int sectionCount, int sectionNamesIndex) {

    static final int ET_REL = 1;
    static final int IDENT_SIZE = 16;
    static final int HEADER_SIZE_32 = 52;
    static final int HEADER_SIZE_64 = 64;

    private static final byte[] MAGIC = {0x7f, 'E', 'L', 'F'};

    static boolean hasMagic(ByteBuffer head) {
        if (head.remaining() < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head.get(head.position() + i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    static ElfHeader read(String source, ElfBytes bytes) {
        long size = bytes.size();
        if (size == 0) {
            throw new ElfFormatException(source, 0, "empty file, expected an ELF header");
        }
        ByteBuffer ident = bytes.slice(0, Math.min(size, IDENT_SIZE), ByteOrder.LITTLE_ENDIAN);
        if (!startsLikeElf(ident)) {
            throw new ElfFormatException(source, 0, "not an ELF file: starts with " + describe(ident)
                    + ", expected 7f 45 4c 46 (\\177ELF)");
        }
        if (size < IDENT_SIZE) {
            throw new ElfFormatException(source, 0, "truncated ELF header: the file has " + size
                    + " bytes, the identification alone needs " + IDENT_SIZE);
        }
        int elfClass = ident.get(4);
        if (elfClass != 1 && elfClass != 2) {
            throw new ElfFormatException(source, 4, "unsupported ELF class " + elfClass + " (1 is ELF32, 2 is ELF64)");
        }
        int data = ident.get(5);
        if (data != 1 && data != 2) {
            throw new ElfFormatException(source, 5, "unsupported byte order " + data
                    + " (1 is little-endian, 2 is big-endian)");
        }
        int version = ident.get(6);
        if (version != 1) {
            throw new ElfFormatException(source, 6, "unsupported ELF version " + version);
        }
        boolean is64 = elfClass == 2;
        ByteOrder order = data == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int headerSize = is64 ? HEADER_SIZE_64 : HEADER_SIZE_32;
        if (size < headerSize) {
            throw new ElfFormatException(source, 0, "truncated ELF header: the file has " + size + " bytes, an "
                    + (is64 ? "ELF64" : "ELF32") + " header needs " + headerSize);
        }
        ByteBuffer h = bytes.slice(0, headerSize, order);
        int type = Short.toUnsignedInt(h.getShort(16));
        int machine = Short.toUnsignedInt(h.getShort(18));
        long shoff = is64 ? h.getLong(40) : Integer.toUnsignedLong(h.getInt(32));
        int shentsize = Short.toUnsignedInt(h.getShort(is64 ? 58 : 46));
        int shnum = Short.toUnsignedInt(h.getShort(is64 ? 60 : 48));
        int shstrndx = Short.toUnsignedInt(h.getShort(is64 ? 62 : 50));
        return new ElfHeader(is64, order, type, machine, shoff, shentsize, shnum, shstrndx);
    }

    /** Whether the bytes present match the magic as far as they go. */
    private static boolean startsLikeElf(ByteBuffer ident) {
        for (int i = 0; i < Math.min(ident.remaining(), MAGIC.length); i++) {
            if (ident.get(i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(ByteBuffer ident) {
        int n = Math.min(ident.remaining(), MAGIC.length);
        StringBuilder hex = new StringBuilder();
        byte[] raw = new byte[n];
        for (int i = 0; i < n; i++) {
            raw[i] = ident.get(i);
            hex.append(i == 0 ? "" : " ").append(String.format("%02x", raw[i] & 0xFF));
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e]", ".");
        return hex + " (\"" + text + "\")";
    }

    String typeName() {
        return switch (type) {
            case 0 -> "ET_NONE";
            case ET_REL -> "ET_REL";
            case 2 -> "ET_EXEC";
            case 3 -> "ET_DYN";
            case 4 -> "ET_CORE";
            default -> String.format("ET_0x%x", type);
        };
    }
}

package kgraph.importer.elf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A string table section: NUL-terminated names found by their offset into the table. */
final class StringTable {

    private final String source;
    private final String tableName;
    private final long fileOffset;
    private final byte[] bytes;

    StringTable(String source, ElfSection table, ByteBuffer contents) {
        this.source = source;
        this.tableName = table.name();
        this.fileOffset = table.offset();
        this.bytes = new byte[contents.remaining()];
        contents.duplicate().get(bytes);
    }

    /** The string at {@code offset}; {@code referencedAt} is the file offset of whoever asked, for errors. */
    String at(long offset, long referencedAt) {
        if (offset < 0 || offset >= bytes.length) {
            if (offset == 0) {
                return "";
            }
            throw new ElfFormatException(source, referencedAt, "name offset " + offset + " is outside "
                    + describe() + " (" + bytes.length + " bytes)");
        }
        int start = (int) offset;
        int end = start;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        if (end == bytes.length) {
            throw new ElfFormatException(source, fileOffset + start, "string at " + start + " in " + describe()
                    + " runs past the end of the table without a terminating NUL");
        }
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    private String describe() {
        return tableName.isEmpty() ? "the string table" : "string table " + tableName;
    }
}

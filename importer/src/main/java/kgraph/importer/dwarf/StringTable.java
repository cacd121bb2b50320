package kgraph.importer.dwarf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** NUL-terminated strings of {@code .debug_str} or {@code .debug_line_str}, found by offset. */
final class StringTable {

    private final String source;
    private final String section;
    private final ByteBuffer bytes;

    StringTable(String source, String section, ByteBuffer bytes) {
        this.source = source;
        this.section = section;
        this.bytes = bytes;
    }

    /**
     * The string at {@code offset}; an offset outside the section is reported against the
     * place that referred to it.
     */
    String at(long offset, String referringSection, long referringOffset) {
        if (bytes == null) {
            throw new DwarfFormatException(source, referringSection, referringOffset,
                    "string refers to " + section + ", which the file does not have");
        }
        if (offset < 0 || offset >= bytes.limit()) {
            throw new DwarfFormatException(source, referringSection, referringOffset, "string offset 0x"
                    + Long.toHexString(offset) + " is out of range of " + section + " (0x"
                    + Integer.toHexString(bytes.limit()) + " bytes)");
        }
        try {
            return decode(bytes, (int) offset);
        } catch (IndexOutOfBoundsException e) {
            throw new DwarfFormatException(source, section, offset, "string is not NUL-terminated");
        }
    }

    /** Decodes the NUL-terminated UTF-8 string starting at {@code start}, without moving the buffer. */
    static String decode(ByteBuffer bytes, int start) {
        int end = start;
        while (bytes.get(end) != 0) {
            end++;
        }
        int length = end - start;
        if (bytes.hasArray()) {
            return new String(bytes.array(), bytes.arrayOffset() + start, length, StandardCharsets.UTF_8);
        }
        byte[] copy = new byte[length];
        bytes.get(start, copy);
        return new String(copy, StandardCharsets.UTF_8);
    }
}

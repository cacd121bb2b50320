package kgraph.importer.dwarf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A read position in one section. Reads past the section's end throw
 * {@link IndexOutOfBoundsException}, which the callers turn into a {@link DwarfFormatException}
 * naming the structure being read.
 */
final class SectionCursor {

    private final ByteBuffer bytes;
    private final boolean littleEndian;
    int pos;

    SectionCursor(ByteBuffer section, ByteOrder order) {
        this.bytes = section.duplicate().order(order);
        this.bytes.position(0);
        this.littleEndian = order == ByteOrder.LITTLE_ENDIAN;
    }

    int limit() {
        return bytes.limit();
    }

    int remaining() {
        return bytes.limit() - pos;
    }

    int u8() {
        return bytes.get(pos++) & 0xFF;
    }

    int u16() {
        int value = bytes.getShort(pos) & 0xFFFF;
        pos += 2;
        return value;
    }

    int u24() {
        int b0 = bytes.get(pos) & 0xFF;
        int b1 = bytes.get(pos + 1) & 0xFF;
        int b2 = bytes.get(pos + 2) & 0xFF;
        pos += 3;
        return littleEndian ? b0 | b1 << 8 | b2 << 16 : b2 | b1 << 8 | b0 << 16;
    }

    long u32() {
        long value = bytes.getInt(pos) & 0xFFFFFFFFL;
        pos += 4;
        return value;
    }

    long u64() {
        long value = bytes.getLong(pos);
        pos += 8;
        return value;
    }

    /** An unsigned value of 1, 2, 3, 4 or 8 bytes. */
    long unsigned(int size) {
        return switch (size) {
            case 1 -> u8();
            case 2 -> u16();
            case 3 -> u24();
            case 4 -> u32();
            case 8 -> u64();
            default -> throw new IllegalArgumentException("unsupported size " + size);
        };
    }

    long uleb() {
        long result = 0;
        int shift = 0;
        while (true) {
            byte b = bytes.get(pos++);
            if (shift < 64) {
                result |= (long) (b & 0x7F) << shift;
            }
            if (b >= 0) {
                return result;
            }
            shift += 7;
        }
    }

    long sleb() {
        long result = 0;
        int shift = 0;
        byte b;
        do {
            b = bytes.get(pos++);
            if (shift < 64) {
                result |= (long) (b & 0x7F) << shift;
            }
            shift += 7;
        } while (b < 0);
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    void skipLeb() {
        while (bytes.get(pos++) < 0) {
            // continuation bit set
        }
    }

    void skip(long count) {
        if (count < 0 || count > bytes.limit() - pos) {
            throw new IndexOutOfBoundsException("skip " + count + " at " + pos);
        }
        pos += (int) count;
    }

    void skipCString() {
        while (bytes.get(pos++) != 0) {
            // until the terminating NUL
        }
    }

    /** Moves to an offset read from the data, refusing one outside the section. */
    void seek(long offset) {
        if (offset < 0 || offset > bytes.limit()) {
            throw new IndexOutOfBoundsException("offset " + offset);
        }
        pos = (int) offset;
    }

    /** The NUL-terminated string at the cursor, which moves past it. */
    String cString() {
        String value = StringTable.decode(bytes, pos);
        skipCString();
        return value;
    }
}

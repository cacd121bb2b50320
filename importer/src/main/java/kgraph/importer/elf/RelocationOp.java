package kgraph.importer.elf;

import java.nio.ByteBuffer;

/**
 * What a data relocation writes, independent of the machine: {@code ABS*} store S + A, the RISC-V
 * {@code ADD*}/{@code SUB*}/{@code SET*} kinds combine S + A with the value already in place.
 */
enum RelocationOp {
    NONE(0),
    ABS32(4),
    ABS64(8),
    ADD8(1),
    ADD16(2),
    ADD32(4),
    ADD64(8),
    SUB8(1),
    SUB16(2),
    SUB32(4),
    SUB64(8),
    SUB6(1),
    SET6(1),
    SET8(1),
    SET16(2),
    SET32(4);

    final int width;

    RelocationOp(int width) {
        this.width = width;
    }

    /** Reads the value in place, used as the addend of REL entries and by the ADD/SUB kinds. */
    long read(ByteBuffer data, int at) {
        return switch (width) {
            case 1 -> data.get(at);
            case 2 -> data.getShort(at);
            case 4 -> data.getInt(at);
            case 8 -> data.getLong(at);
            default -> 0;
        };
    }

    /** Applies {@code symbolPlusAddend} (S + A) at {@code at}; {@code inPlace} is what {@link #read} gave. */
    void apply(ByteBuffer data, int at, long symbolPlusAddend, long inPlace) {
        long value = switch (this) {
            case NONE -> inPlace;
            case ABS32, ABS64, SET8, SET16, SET32 -> symbolPlusAddend;
            case ADD8, ADD16, ADD32, ADD64 -> inPlace + symbolPlusAddend;
            case SUB8, SUB16, SUB32, SUB64 -> inPlace - symbolPlusAddend;
            case SUB6 -> (inPlace & 0xC0) | ((inPlace - symbolPlusAddend) & 0x3F);
            case SET6 -> (inPlace & 0xC0) | (symbolPlusAddend & 0x3F);
        };
        switch (width) {
            case 1 -> data.put(at, (byte) value);
            case 2 -> data.putShort(at, (short) value);
            case 4 -> data.putInt(at, (int) value);
            case 8 -> data.putLong(at, value);
            default -> { }
        }
    }
}

package kgraph.importer.bpf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.btf.BtfTypes;

/**
 * Reads the CO-RE relocation records of a {@code .BTF.ext} section. The layout: a header (magic
 * 0xEB9F, version, flags, header length, then offset and length pairs for func_info, line_info and,
 * when the header is at least 32 bytes, core_relo, all relative to the end of the header); each info
 * block is a record size followed by per-section groups of (section name offset, record count, records).
 */
final class BtfExtReader {

    private static final int MAGIC = 0xEB9F;
    private static final int BASE_HEADER = 24;
    private static final int CORE_HEADER = 32;
    private static final int CORE_RECORD_MIN = 16;

    private final String where;
    private final ByteBuffer ext;
    private final BtfTypes btf;

    private BtfExtReader(String where, ByteBuffer ext, BtfTypes btf) {
        this.where = where;
        this.ext = ext;
        this.btf = btf;
    }

    /** {@code where} names the file and section in errors; strings come from the object's {@code .BTF}. */
    static List<CoreRelocation> coreRelocations(String where, ByteBuffer ext, BtfTypes btf) {
        return new BtfExtReader(where, ext.slice(), btf).read();
    }

    private List<CoreRelocation> read() {
        int size = ext.remaining();
        if (size < 8) {
            throw BpfFormatException.at(where, 0, "truncated header: " + size + " bytes, at least "
                    + BASE_HEADER + " needed");
        }
        ext.order(ByteOrder.LITTLE_ENDIAN);
        if ((ext.getShort(0) & 0xFFFF) != MAGIC) {
            ext.order(ByteOrder.BIG_ENDIAN);
            if ((ext.getShort(0) & 0xFFFF) != MAGIC) {
                throw BpfFormatException.at(where, 0, String.format("not BTF.ext: magic 0x%04x, expected 0xeb9f",
                        ext.order(ByteOrder.LITTLE_ENDIAN).getShort(0) & 0xFFFF));
            }
        }
        if (ext.order() != btf.byteOrder()) {
            throw BpfFormatException.at(where, 0, "byte order " + ext.order() + " differs from .BTF's "
                    + btf.byteOrder());
        }
        int version = ext.get(2);
        if (version != 1) {
            throw BpfFormatException.at(where, 2, "unsupported BTF.ext version " + version);
        }
        long headerLength = Integer.toUnsignedLong(ext.getInt(4));
        if (headerLength < BASE_HEADER || headerLength > size) {
            throw BpfFormatException.at(where, 4, "header length " + headerLength + " is outside 24.." + size
                    + " (the section has " + size + " bytes)");
        }
        if (headerLength < CORE_HEADER) {
            return List.of();
        }
        long start = headerLength + Integer.toUnsignedLong(ext.getInt(24));
        long length = Integer.toUnsignedLong(ext.getInt(28));
        if (length == 0) {
            return List.of();
        }
        if (start + length > size) {
            throw BpfFormatException.at(where, 24, "CO-RE relocations (" + length + " bytes from offset 0x"
                    + Long.toHexString(start) + ") run past the end of the section (" + size + " bytes)");
        }
        return readBlock((int) start, (int) (start + length));
    }

    private List<CoreRelocation> readBlock(int start, int end) {
        if (end - start < 4) {
            throw BpfFormatException.at(where, start, "CO-RE relocation block too short for its record size");
        }
        long recordSize = Integer.toUnsignedLong(ext.getInt(start));
        if (recordSize < CORE_RECORD_MIN || recordSize % 4 != 0) {
            throw BpfFormatException.at(where, start, "CO-RE relocation record size " + recordSize
                    + ", expected a multiple of 4 of at least " + CORE_RECORD_MIN);
        }
        List<CoreRelocation> records = new ArrayList<>();
        int at = start + 4;
        while (at < end) {
            if (end - at < 8) {
                throw BpfFormatException.at(where, at, "truncated CO-RE section header: " + (end - at)
                        + " bytes left, 8 needed");
            }
            String section = string(ext.getInt(at), "CO-RE relocation group", at);
            long count = Integer.toUnsignedLong(ext.getInt(at + 4));
            int first = at + 8;
            if (count * recordSize > end - first) {
                throw BpfFormatException.at(where, at, count + " CO-RE relocations of " + recordSize
                        + " bytes for section " + section + " run past the end of the block (" + (end - first)
                        + " bytes left)");
            }
            for (int i = 0; i < count; i++) {
                records.add(record(section, first + (int) (i * recordSize)));
            }
            at = first + (int) (count * recordSize);
        }
        return records;
    }

    /** A string of {@code .BTF} that {@code .BTF.ext} names at {@code at}; one outside the section is bad input. */
    private String string(int offset, String what, int at) {
        try {
            return btf.string(offset);
        } catch (IllegalArgumentException e) {
            throw BpfFormatException.at(where, at, what + " names string offset " + Integer.toUnsignedLong(offset)
                    + ", past the end of the .BTF string section");
        }
    }

    private CoreRelocation record(String section, int at) {
        long instructionOffset = Integer.toUnsignedLong(ext.getInt(at));
        int typeId = ext.getInt(at + 4);
        String access = string(ext.getInt(at + 8), "CO-RE relocation access string", at + 8);
        int kindNumber = ext.getInt(at + 12);
        CoreRelocationKind kind = CoreRelocationKind.of(kindNumber);
        if (kind == null) {
            throw BpfFormatException.at(where, at + 12, "unknown CO-RE relocation kind " + kindNumber);
        }
        return new CoreRelocation(section, instructionOffset, typeId, access, kind, at);
    }
}

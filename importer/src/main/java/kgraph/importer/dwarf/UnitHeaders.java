package kgraph.importer.dwarf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Reads the unit headers of {@code .debug_info} one after the other, without decoding any DIE. */
final class UnitHeaders {

    private static final String SECTION = ".debug_info";

    private UnitHeaders() {
    }

    static List<UnitHeader> scan(String source, ByteBuffer info, ByteOrder order) {
        SectionCursor in = new SectionCursor(info, order);
        List<UnitHeader> headers = new ArrayList<>();
        while (in.remaining() > 0) {
            int start = in.pos;
            try {
                headers.add(read(source, in, headers.size()));
            } catch (IndexOutOfBoundsException e) {
                throw new DwarfFormatException(source, SECTION, start, "unit header runs past the end of the section");
            }
            in.pos = headers.get(headers.size() - 1).end();
        }
        return headers;
    }

    private static UnitHeader read(String source, SectionCursor in, int index) {
        int start = in.pos;
        long length = in.u32();
        int offsetSize = 4;
        if (length == 0xFFFFFFFFL) {
            length = in.u64();
            offsetSize = 8;
        } else if (length >= 0xFFFFFFF0L) {
            throw new DwarfFormatException(source, SECTION, start, "reserved unit length 0x" + Long.toHexString(length));
        }
        if (length < 0 || length > in.remaining()) {
            throw new DwarfFormatException(source, SECTION, start, "unit length 0x" + Long.toHexString(length)
                    + " runs past the end of the section (0x" + Integer.toHexString(in.limit()) + " bytes)");
        }
        int end = in.pos + (int) length;
        int version = in.u16();
        if (version < 2 || version > 5) {
            throw new DwarfFormatException(source, SECTION, start, "unsupported DWARF version " + version);
        }
        int unitType = UnitHeader.COMPILE;
        long abbreviationOffset;
        int addressSize;
        if (version >= 5) {
            unitType = in.u8();
            addressSize = in.u8();
            abbreviationOffset = in.unsigned(offsetSize);
            switch (unitType) {
                case UnitHeader.COMPILE, UnitHeader.PARTIAL -> {
                }
                case UnitHeader.TYPE -> in.skip(8L + offsetSize);
                case UnitHeader.SKELETON, UnitHeader.SPLIT_COMPILE, UnitHeader.SPLIT_TYPE ->
                        throw new DwarfFormatException(source, SECTION, start, "unit type 0x" + Integer.toHexString(unitType)
                                + " belongs to split DWARF (.dwo files), which is not supported");
                default -> throw new DwarfFormatException(source, SECTION, start,
                        "unknown unit type 0x" + Integer.toHexString(unitType));
            }
        } else {
            abbreviationOffset = in.unsigned(offsetSize);
            addressSize = in.u8();
        }
        if (addressSize != 1 && addressSize != 2 && addressSize != 4 && addressSize != 8) {
            throw new DwarfFormatException(source, SECTION, start, "unsupported address size " + addressSize);
        }
        if (in.pos > end) {
            throw new DwarfFormatException(source, SECTION, start, "unit header is longer than the unit");
        }
        int refAddressSize = version == 2 ? addressSize : offsetSize;
        return new UnitHeader(index, start, end, version, unitType, abbreviationOffset, in.pos,
                new Encoding(addressSize, offsetSize, refAddressSize));
    }

    /** The header of the unit holding {@code sectionOffset}, or null. Headers are in offset order. */
    static UnitHeader containing(List<UnitHeader> headers, long sectionOffset) {
        int low = 0;
        int high = headers.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            UnitHeader header = headers.get(middle);
            if (sectionOffset < header.offset()) {
                high = middle - 1;
            } else if (sectionOffset >= header.end()) {
                low = middle + 1;
            } else {
                return header;
            }
        }
        return null;
    }
}

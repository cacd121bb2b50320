package kgraph.importer.dwarf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The abbreviations of one table in {@code .debug_abbrev}, looked up by code. */
final class AbbreviationTable {

    private static final String SECTION = ".debug_abbrev";

    private final long offset;
    private final Abbreviation[] byDenseCode;
    private final Map<Long, Abbreviation> bySparseCode;

    private AbbreviationTable(long offset, Abbreviation[] byDenseCode, Map<Long, Abbreviation> bySparseCode) {
        this.offset = offset;
        this.byDenseCode = byDenseCode;
        this.bySparseCode = bySparseCode;
    }

    long offset() {
        return offset;
    }

    /** The abbreviation for {@code code}, or null when the table has none. */
    Abbreviation get(long code) {
        if (code > 0 && code < byDenseCode.length) {
            return byDenseCode[(int) code];
        }
        return bySparseCode.isEmpty() ? null : bySparseCode.get(code);
    }

    static AbbreviationTable parse(String source, ByteBuffer section, ByteOrder order, long offset, Encoding encoding) {
        if (section == null) {
            throw new DwarfFormatException(source, SECTION, offset, "the file has no .debug_abbrev section");
        }
        SectionCursor in = new SectionCursor(section, order);
        if (offset < 0 || offset >= in.limit()) {
            throw new DwarfFormatException(source, SECTION, offset, "abbreviation table offset is past the end of "
                    + SECTION + " (0x" + Integer.toHexString(in.limit()) + " bytes)");
        }
        in.pos = (int) offset;
        Map<Long, Abbreviation> all = new HashMap<>();
        long maxCode = 0;
        int entryStart = in.pos;
        try {
            while (true) {
                entryStart = in.pos;
                long code = in.uleb();
                if (code == 0) {
                    break;
                }
                int tag = (int) in.uleb();
                boolean children = in.u8() != 0;
                Abbreviation abbreviation = parseAttributes(source, in, tag, children, encoding);
                if (all.put(code, abbreviation) != null) {
                    throw new DwarfFormatException(source, SECTION, entryStart, "abbreviation code " + code
                            + " appears twice in the table at 0x" + Long.toHexString(offset));
                }
                maxCode = Math.max(maxCode, code);
            }
        } catch (IndexOutOfBoundsException e) {
            throw new DwarfFormatException(source, SECTION, entryStart, "abbreviation runs past the end of the section");
        }
        return index(offset, all, maxCode);
    }

    private static Abbreviation parseAttributes(String source, SectionCursor in, int tag, boolean children,
            Encoding encoding) {
        int[] attributes = new int[8];
        int[] forms = new int[8];
        long[] constants = null;
        int count = 0;
        while (true) {
            int pairStart = in.pos;
            int attribute = (int) in.uleb();
            int form = (int) in.uleb();
            if (attribute == 0 && form == 0) {
                break;
            }
            String problem = Forms.unsupported(form);
            if (problem != null) {
                throw new DwarfFormatException(source, SECTION, pairStart, problem);
            }
            if (count == attributes.length) {
                attributes = Arrays.copyOf(attributes, count * 2);
                forms = Arrays.copyOf(forms, count * 2);
                if (constants != null) {
                    constants = Arrays.copyOf(constants, count * 2);
                }
            }
            if (form == Forms.IMPLICIT_CONST) {
                if (constants == null) {
                    constants = new long[attributes.length];
                }
                constants[count] = in.sleb();
            }
            attributes[count] = attribute;
            forms[count] = form;
            count++;
        }
        return new Abbreviation(tag, children, Arrays.copyOf(attributes, count),
                Arrays.copyOf(forms, count),
                constants == null ? null : Arrays.copyOf(constants, count), encoding);
    }

    private static AbbreviationTable index(long offset, Map<Long, Abbreviation> all, long maxCode) {
        if (maxCode <= 2L * all.size() + 64) {
            Abbreviation[] dense = new Abbreviation[(int) maxCode + 1];
            all.forEach((code, abbreviation) -> dense[code.intValue()] = abbreviation);
            return new AbbreviationTable(offset, dense, Map.of());
        }
        return new AbbreviationTable(offset, new Abbreviation[0], all);
    }
}

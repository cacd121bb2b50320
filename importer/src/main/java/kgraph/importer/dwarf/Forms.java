package kgraph.importer.dwarf;

/** The DW_FORM values of DWARF 4 and 5: their sizes, how to skip them, and their names. */
final class Forms {

    static final int ADDR = 0x01;
    static final int BLOCK2 = 0x03;
    static final int BLOCK4 = 0x04;
    static final int DATA2 = 0x05;
    static final int DATA4 = 0x06;
    static final int DATA8 = 0x07;
    static final int STRING = 0x08;
    static final int BLOCK = 0x09;
    static final int BLOCK1 = 0x0a;
    static final int DATA1 = 0x0b;
    static final int FLAG = 0x0c;
    static final int SDATA = 0x0d;
    static final int STRP = 0x0e;
    static final int UDATA = 0x0f;
    static final int REF_ADDR = 0x10;
    static final int REF1 = 0x11;
    static final int REF2 = 0x12;
    static final int REF4 = 0x13;
    static final int REF8 = 0x14;
    static final int REF_UDATA = 0x15;
    static final int INDIRECT = 0x16;
    static final int SEC_OFFSET = 0x17;
    static final int EXPRLOC = 0x18;
    static final int FLAG_PRESENT = 0x19;
    static final int STRX = 0x1a;
    static final int ADDRX = 0x1b;
    static final int REF_SUP4 = 0x1c;
    static final int STRP_SUP = 0x1d;
    static final int DATA16 = 0x1e;
    static final int LINE_STRP = 0x1f;
    static final int REF_SIG8 = 0x20;
    static final int IMPLICIT_CONST = 0x21;
    static final int LOCLISTX = 0x22;
    static final int RNGLISTX = 0x23;
    static final int REF_SUP8 = 0x24;
    static final int STRX1 = 0x25;
    static final int STRX2 = 0x26;
    static final int STRX3 = 0x27;
    static final int STRX4 = 0x28;
    static final int ADDRX1 = 0x29;
    static final int ADDRX2 = 0x2a;
    static final int ADDRX3 = 0x2b;
    static final int ADDRX4 = 0x2c;
    static final int GNU_ADDR_INDEX = 0x1f01;
    static final int GNU_STR_INDEX = 0x1f02;
    static final int GNU_REF_ALT = 0x1f20;
    static final int GNU_STRP_ALT = 0x1f21;

    /** Size of a form whose length never varies, or -1. */
    static final int VARIABLE = -1;

    private Forms() {
    }

    /**
     * Why this reader cannot handle a form, or null when it can. Forms that point into a
     * supplementary object file or a split DWARF file need data this reader is never given.
     */
    static String unsupported(int form) {
        return switch (form) {
            case GNU_REF_ALT, GNU_STRP_ALT, REF_SUP4, REF_SUP8, STRP_SUP ->
                    "unsupported form " + name(form) + ": it refers to a supplementary object file";
            case GNU_ADDR_INDEX, GNU_STR_INDEX ->
                    "unsupported form " + name(form) + ": pre-DWARF 5 split DWARF is not supported";
            default -> form >= ADDR && form <= ADDRX4 && form != 0x02 ? null : "unknown form 0x" + Integer.toHexString(form);
        };
    }

    static int fixedSize(int form, Encoding encoding) {
        return switch (form) {
            case FLAG_PRESENT, IMPLICIT_CONST -> 0;
            case DATA1, REF1, FLAG, STRX1, ADDRX1 -> 1;
            case DATA2, REF2, STRX2, ADDRX2 -> 2;
            case STRX3, ADDRX3 -> 3;
            case DATA4, REF4, STRX4, ADDRX4, REF_SUP4 -> 4;
            case DATA8, REF8, REF_SIG8, REF_SUP8 -> 8;
            case DATA16 -> 16;
            case ADDR -> encoding.addressSize();
            case STRP, LINE_STRP, SEC_OFFSET, STRP_SUP, GNU_STRP_ALT, GNU_REF_ALT -> encoding.offsetSize();
            case REF_ADDR -> encoding.refAddressSize();
            default -> VARIABLE;
        };
    }

    static void skip(SectionCursor in, int form, Encoding encoding) {
        switch (form) {
            case FLAG_PRESENT, IMPLICIT_CONST -> {
            }
            case SDATA, UDATA, REF_UDATA, STRX, ADDRX, LOCLISTX, RNGLISTX, GNU_ADDR_INDEX, GNU_STR_INDEX ->
                    in.skipLeb();
            case STRING -> in.skipCString();
            case BLOCK, EXPRLOC -> in.skip(in.uleb());
            case BLOCK1 -> in.skip(in.u8());
            case BLOCK2 -> in.skip(in.u16());
            case BLOCK4 -> in.skip(in.u32());
            case INDIRECT -> skip(in, (int) in.uleb(), encoding);
            default -> {
                int size = fixedSize(form, encoding);
                if (size < 0) {
                    throw new IllegalStateException("form 0x" + Integer.toHexString(form) + " has no size");
                }
                in.skip(size);
            }
        }
    }

    static String name(int form) {
        return switch (form) {
            case GNU_REF_ALT -> "DW_FORM_GNU_ref_alt";
            case GNU_STRP_ALT -> "DW_FORM_GNU_strp_alt";
            case GNU_ADDR_INDEX -> "DW_FORM_GNU_addr_index";
            case GNU_STR_INDEX -> "DW_FORM_GNU_str_index";
            case REF_SUP4 -> "DW_FORM_ref_sup4";
            case REF_SUP8 -> "DW_FORM_ref_sup8";
            case STRP_SUP -> "DW_FORM_strp_sup";
            case REF_SIG8 -> "DW_FORM_ref_sig8";
            default -> "0x" + Integer.toHexString(form);
        };
    }
}

package kgraph.importer.dwarf;

/** The DW_TAG values this package looks at. */
final class Tags {

    static final int LEXICAL_BLOCK = 0x0b;
    static final int COMPILE_UNIT = 0x11;
    static final int INLINED_SUBROUTINE = 0x1d;
    static final int SUBPROGRAM = 0x2e;
    static final int CALL_SITE = 0x48;
    static final int GNU_CALL_SITE = 0x4109;

    private Tags() {
    }
}

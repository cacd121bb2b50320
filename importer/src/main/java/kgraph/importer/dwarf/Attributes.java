package kgraph.importer.dwarf;

/** The DW_AT values this package decodes; every other attribute is skipped by its form. */
final class Attributes {

    static final int NAME = 0x03;
    static final int STMT_LIST = 0x10;
    static final int LOW_PC = 0x11;
    static final int HIGH_PC = 0x12;
    static final int LANGUAGE = 0x13;
    static final int COMP_DIR = 0x1b;
    static final int INLINE = 0x20;
    static final int ABSTRACT_ORIGIN = 0x31;
    static final int DECL_FILE = 0x3a;
    static final int DECL_LINE = 0x3b;
    static final int DECLARATION = 0x3c;
    static final int EXTERNAL = 0x3f;
    static final int ENTRY_PC = 0x52;
    static final int STR_OFFSETS_BASE = 0x72;
    static final int ADDR_BASE = 0x73;
    static final int CALL_ORIGIN = 0x7f;
    static final int CALL_TAIL_CALL = 0x82;
    static final int GNU_TAIL_CALL = 0x2115;

    static final int LANG_RUST = 0x1c;

    private Attributes() {
    }
}

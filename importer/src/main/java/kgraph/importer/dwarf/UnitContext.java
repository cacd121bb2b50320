package kgraph.importer.dwarf;

/**
 * What reading the DIEs of one unit needs beyond its header: its abbreviations, the root
 * DIE's bases and names, and (on demand) its line table.
 */
final class UnitContext {

    private static final String INFO = ".debug_info";

    private final DwarfSections sections;
    private final UnitHeader header;
    private final AbbreviationTable abbreviations;
    private final int rootTag;
    private final int language;
    private final String compDir;
    private final String path;
    private final SourcePaths paths;
    private final long strOffsetsBase;
    private final long addrBase;
    private final long stmtList;
    private LineTable lineTable;

    private UnitContext(DwarfSections sections, UnitHeader header, AbbreviationTable abbreviations,
            DieAttributes root) {
        this.sections = sections;
        this.header = header;
        this.abbreviations = abbreviations;
        int defaultBase = header.encoding().offsetSize() == 8 ? 16 : 8;
        this.rootTag = root.tag;
        this.language = root.language;
        this.strOffsetsBase = root.strOffsetsBase >= 0 ? root.strOffsetsBase : defaultBase;
        this.addrBase = root.addrBase >= 0 ? root.addrBase : defaultBase;
        this.stmtList = root.stmtList;
        this.compDir = root.compDirForm == 0 ? null : string(root.compDirForm, root.compDirValue, root.dieOffset);
        this.paths = new SourcePaths(compDir);
        this.path = root.nameForm == 0 ? "" : paths.normalize(string(root.nameForm, root.nameValue, root.dieOffset));
    }

    static UnitContext open(DebugInfo info, UnitHeader header) {
        DwarfSections sections = info.sections();
        AbbreviationTable abbreviations = info.abbreviations(header);
        SectionCursor in = sections.cursor(sections.info());
        in.pos = header.firstDieOffset();
        DieAttributes root = new DieAttributes();
        try {
            long code = in.uleb();
            Abbreviation abbreviation = abbreviations.get(code);
            if (abbreviation == null) {
                throw new DwarfFormatException(sections.source(), INFO, header.firstDieOffset(),
                        "abbreviation code " + code + " is not in the table at .debug_abbrev offset 0x"
                                + Long.toHexString(abbreviations.offset()));
            }
            new DieDecoder(sections.source()).decode(in, header.firstDieOffset(), abbreviation, header, root);
        } catch (IndexOutOfBoundsException e) {
            throw new DwarfFormatException(sections.source(), INFO, header.firstDieOffset(),
                    "the unit's first DIE runs past the end of the section");
        }
        if (in.pos > header.end()) {
            throw new DwarfFormatException(sections.source(), INFO, header.firstDieOffset(),
                    "the unit's first DIE runs past the end of the unit");
        }
        return new UnitContext(sections, header, abbreviations, root);
    }

    UnitHeader header() {
        return header;
    }

    AbbreviationTable abbreviations() {
        return abbreviations;
    }

    int rootTag() {
        return rootTag;
    }

    int language() {
        return language;
    }

    String compDir() {
        return compDir;
    }

    /** The unit's source file (DW_AT_name), normalised. */
    String path() {
        return path;
    }

    SourcePaths paths() {
        return paths;
    }

    /** The string of a DW_AT_name-like attribute read by {@link DieDecoder}. */
    String string(int form, long value, int dieOffset) {
        return switch (form) {
            case Forms.STRING -> StringTable.decode(sections.info(), (int) value);
            case Forms.STRP -> sections.strings().at(value, INFO, dieOffset);
            case Forms.LINE_STRP -> sections.lineStrings().at(value, INFO, dieOffset);
            default -> indexedString(value, INFO, dieOffset);
        };
    }

    /** String number {@code index} of this unit's contribution to {@code .debug_str_offsets}. */
    String indexedString(long index, String referringSection, long referringOffset) {
        int size = header.encoding().offsetSize();
        long at = strOffsetsBase + index * size;
        if (sections.strOffsets() == null || index < 0 || at + size > sections.strOffsets().limit()) {
            throw new DwarfFormatException(sections.source(), referringSection, referringOffset, "string index "
                    + index + " is outside .debug_str_offsets (base 0x" + Long.toHexString(strOffsetsBase) + ")");
        }
        SectionCursor in = sections.cursor(sections.strOffsets());
        in.pos = (int) at;
        return sections.strings().at(in.unsigned(size), referringSection, referringOffset);
    }

    /**
     * The code address a DIE starts at: the first of DW_AT_low_pc, DW_AT_entry_pc and
     * DW_AT_high_pc given in an address form, or 0. Constant-form entry_pc and high_pc are
     * offsets rather than addresses and are passed over, and DW_AT_ranges is not read.
     */
    long pc(DieAttributes die) {
        if (isAddress(die.lowPcForm)) {
            return address(die.lowPcForm, die.lowPc, die.dieOffset);
        }
        if (isAddress(die.entryPcForm)) {
            return address(die.entryPcForm, die.entryPc, die.dieOffset);
        }
        if (isAddress(die.highPcForm)) {
            return address(die.highPcForm, die.highPc, die.dieOffset);
        }
        return 0;
    }

    private static boolean isAddress(int form) {
        return form == Forms.ADDR || form == Forms.ADDRX || (form >= Forms.ADDRX1 && form <= Forms.ADDRX4);
    }

    private long address(int form, long value, int dieOffset) {
        if (form == Forms.ADDR) {
            return value;
        }
        int size = header.encoding().addressSize();
        long at = addrBase + value * size;
        if (sections.addr() == null || value < 0 || at + size > sections.addr().limit()) {
            throw new DwarfFormatException(sections.source(), INFO, dieOffset, "address index " + value
                    + " is outside .debug_addr (base 0x" + Long.toHexString(addrBase) + ")");
        }
        SectionCursor in = sections.cursor(sections.addr());
        in.pos = (int) at;
        return in.unsigned(size);
    }

    /**
     * {@code dir/file:line} of a DIE's declaration, or the unit's own path when it has no
     * DW_AT_decl_file.
     */
    String declLocation(DieAttributes die) {
        if (die.declFile < 0 || (die.declFile == 0 && lineTableVersion() < 5)) {
            return path;
        }
        LineTable table = lineTable();
        String file = table == null ? null : table.path(die.declFile);
        if (file == null) {
            throw new DwarfFormatException(sections.source(), INFO, die.dieOffset, "DW_AT_decl_file " + die.declFile
                    + " is not in the unit's line table ("
                    + (table == null ? "the unit has none" : table.fileCount() + " files") + ")");
        }
        return die.declLine < 0 ? file : file + ":" + die.declLine;
    }

    private int lineTableVersion() {
        LineTable table = lineTable();
        return table == null ? header.version() : table.version();
    }

    synchronized LineTable lineTable() {
        if (lineTable == null && stmtList >= 0) {
            lineTable = LineTable.parse(this, sections, stmtList);
        }
        return lineTable;
    }

    /** Drops the parsed line table; it is parsed again should a later reference need it. */
    synchronized void releaseLineTable() {
        lineTable = null;
    }
}

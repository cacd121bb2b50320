package kgraph.importer.dwarf;

/**
 * The attributes of one DIE that this package uses, as raw values; reused from DIE to DIE so
 * the walk allocates nothing per DIE. Strings and indexed addresses keep their form and raw
 * value (offset, index or inline position) and are resolved only when needed, because a
 * unit's bases may follow the attributes that depend on them.
 */
final class DieAttributes {

    static final long ABSENT = -1;

    int dieOffset;
    int tag;
    int nameForm;
    long nameValue;
    int compDirForm;
    long compDirValue;
    boolean external;
    boolean declaration;
    boolean tailCall;
    int inline;
    long abstractOrigin;
    long callOrigin;
    int lowPcForm;
    long lowPc;
    int entryPcForm;
    long entryPc;
    int highPcForm;
    long highPc;
    long declFile;
    long declLine;
    int language;
    long stmtList;
    long strOffsetsBase;
    long addrBase;

    void clear(int offset, int dieTag) {
        dieOffset = offset;
        tag = dieTag;
        nameForm = 0;
        compDirForm = 0;
        external = false;
        declaration = false;
        tailCall = false;
        inline = -1;
        abstractOrigin = ABSENT;
        callOrigin = ABSENT;
        lowPcForm = 0;
        entryPcForm = 0;
        highPcForm = 0;
        declFile = ABSENT;
        declLine = ABSENT;
        language = -1;
        stmtList = ABSENT;
        strOffsetsBase = ABSENT;
        addrBase = ABSENT;
    }
}

package kgraph.importer.dwarf;

/** Reads one DIE's attribute values into {@link DieAttributes}, skipping the ones not needed. */
final class DieDecoder {

    private static final String SECTION = ".debug_info";

    private final String source;
    private Encoding encoding;

    DieDecoder(String source) {
        this.source = source;
    }

    /** Reads the attribute values that follow the abbreviation code; the cursor ends after the DIE. */
    void decode(SectionCursor in, int dieOffset, Abbreviation abbreviation, UnitHeader unit, DieAttributes out) {
        out.clear(dieOffset, abbreviation.tag);
        int[] attributes = abbreviation.attributes;
        int[] forms = abbreviation.forms;
        encoding = unit.encoding();
        for (int i = 0; i < attributes.length; i++) {
            int form = forms[i];
            if (form == Forms.INDIRECT) {
                form = (int) in.uleb();
                String problem = form == Forms.IMPLICIT_CONST || form == Forms.INDIRECT
                        ? "DW_FORM_indirect names form 0x" + Integer.toHexString(form) : Forms.unsupported(form);
                if (problem != null) {
                    throw new DwarfFormatException(source, SECTION, dieOffset, problem);
                }
            }
            switch (attributes[i]) {
                case Attributes.NAME -> {
                    out.nameForm = form;
                    out.nameValue = stringValue(in, form, dieOffset);
                }
                case Attributes.COMP_DIR -> {
                    out.compDirForm = form;
                    out.compDirValue = stringValue(in, form, dieOffset);
                }
                case Attributes.EXTERNAL -> out.external = constant(in, form, abbreviation, i, dieOffset) != 0;
                case Attributes.DECLARATION -> out.declaration = constant(in, form, abbreviation, i, dieOffset) != 0;
                case Attributes.CALL_TAIL_CALL, Attributes.GNU_TAIL_CALL ->
                        out.tailCall = constant(in, form, abbreviation, i, dieOffset) != 0;
                case Attributes.INLINE -> out.inline = (int) constant(in, form, abbreviation, i, dieOffset);
                case Attributes.DECL_FILE -> out.declFile = constant(in, form, abbreviation, i, dieOffset);
                case Attributes.DECL_LINE -> out.declLine = constant(in, form, abbreviation, i, dieOffset);
                case Attributes.LANGUAGE -> out.language = (int) constant(in, form, abbreviation, i, dieOffset);
                case Attributes.ABSTRACT_ORIGIN -> out.abstractOrigin = reference(in, form, unit, dieOffset);
                case Attributes.CALL_ORIGIN -> out.callOrigin = reference(in, form, unit, dieOffset);
                case Attributes.LOW_PC -> {
                    out.lowPcForm = form;
                    out.lowPc = addressValue(in, form, abbreviation, i, dieOffset);
                }
                case Attributes.ENTRY_PC -> {
                    out.entryPcForm = form;
                    out.entryPc = addressValue(in, form, abbreviation, i, dieOffset);
                }
                case Attributes.HIGH_PC -> {
                    out.highPcForm = form;
                    out.highPc = addressValue(in, form, abbreviation, i, dieOffset);
                }
                case Attributes.STMT_LIST -> out.stmtList = constant(in, form, abbreviation, i, dieOffset);
                case Attributes.STR_OFFSETS_BASE -> out.strOffsetsBase = constant(in, form, abbreviation, i, dieOffset);
                case Attributes.ADDR_BASE -> out.addrBase = constant(in, form, abbreviation, i, dieOffset);
                default -> Forms.skip(in, form, encoding);
            }
        }
    }

    /** Raw value of a string attribute: an offset, an index, or for DW_FORM_string the string's position. */
    private long stringValue(SectionCursor in, int form, int dieOffset) {
        return switch (form) {
            case Forms.STRING -> {
                int start = in.pos;
                in.skipCString();
                yield start;
            }
            case Forms.STRP, Forms.LINE_STRP -> in.unsigned(encoding.offsetSize());
            case Forms.STRX -> in.uleb();
            case Forms.STRX1 -> in.u8();
            case Forms.STRX2 -> in.u16();
            case Forms.STRX3 -> in.u24();
            case Forms.STRX4 -> in.u32();
            default -> throw new DwarfFormatException(source, SECTION, dieOffset,
                    "form " + Forms.name(form) + " is not a string form");
        };
    }

    /** Raw value of an address attribute: the address, an index into .debug_addr, or a constant. */
    private long addressValue(SectionCursor in, int form, Abbreviation abbreviation, int index, int dieOffset) {
        return switch (form) {
            case Forms.ADDR -> in.unsigned(encoding.addressSize());
            case Forms.ADDRX -> in.uleb();
            case Forms.ADDRX1 -> in.u8();
            case Forms.ADDRX2 -> in.u16();
            case Forms.ADDRX3 -> in.u24();
            case Forms.ADDRX4 -> in.u32();
            default -> constant(in, form, abbreviation, index, dieOffset);
        };
    }

    private long constant(SectionCursor in, int form, Abbreviation abbreviation, int index, int dieOffset) {
        return switch (form) {
            case Forms.DATA1, Forms.FLAG -> in.u8();
            case Forms.DATA2 -> in.u16();
            case Forms.DATA4 -> in.u32();
            case Forms.DATA8 -> in.u64();
            case Forms.DATA16 -> {
                long low = in.u64();
                in.u64();
                yield low;
            }
            case Forms.SDATA -> in.sleb();
            case Forms.UDATA -> in.uleb();
            case Forms.FLAG_PRESENT -> 1;
            case Forms.IMPLICIT_CONST -> abbreviation.implicitConstants[index];
            case Forms.SEC_OFFSET -> in.unsigned(encoding.offsetSize());
            default -> throw new DwarfFormatException(source, SECTION, dieOffset,
                    "form " + Forms.name(form) + " is not a constant form");
        };
    }

    /** A reference as an offset into .debug_info. */
    private long reference(SectionCursor in, int form, UnitHeader unit, int dieOffset) {
        return switch (form) {
            case Forms.REF1 -> unit.offset() + in.u8();
            case Forms.REF2 -> unit.offset() + in.u16();
            case Forms.REF4 -> unit.offset() + in.u32();
            case Forms.REF8 -> unit.offset() + in.u64();
            case Forms.REF_UDATA -> unit.offset() + in.uleb();
            case Forms.REF_ADDR -> in.unsigned(unit.encoding().refAddressSize());
            default -> throw new DwarfFormatException(source, SECTION, dieOffset, "reference form "
                    + Forms.name(form) + " is not supported (it leaves .debug_info)");
        };
    }
}

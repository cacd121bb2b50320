package kgraph.importer.types;

import java.util.ArrayList;
import java.util.List;
import kgraph.importer.btf.BtfKind;
import kgraph.importer.btf.BtfType;
import kgraph.importer.btf.BtfType.Member;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.btf.CDeclarations;
import kgraph.importer.btf.TypeSignatures;

/**
 * Builds {@link StructType}s from BTF the way DepSurf's normaliser lists members: an unnamed
 * member whose type is a struct or union is replaced by that type's members (recursively, offsets
 * made absolute); any other unnamed member is named "(anon)", then "(anon-1)", "(anon-2)", …
 * (counted per level).
 */
final class BtfStructs {

    static final String ANON = "(anon)";

    private final BtfTypes types;
    private final CDeclarations c;
    private final TypeSignatures signatures;
    private final Texts texts;

    BtfStructs(BtfTypes types, Texts texts) {
        this.types = types;
        this.c = new CDeclarations(types);
        this.signatures = new TypeSignatures(types);
        this.texts = texts;
    }

    StructType of(BtfType record) {
        List<StructType.Field> fields = new ArrayList<>(record.members().size());
        addMembers(record, 0, fields);
        return new StructType(record.name(), record.kind().name(), record.size(), List.copyOf(fields));
    }

    private void addMembers(BtfType record, long baseOffset, List<StructType.Field> fields) {
        int unnamed = 0;
        for (Member member : record.members()) {
            long offset = baseOffset + member.offset();
            if (member.name().isEmpty()) {
                BtfKind kind = member.type() == 0 ? BtfKind.UNKNOWN : types.get(member.type()).kind();
                if (kind == BtfKind.STRUCT || kind == BtfKind.UNION) {
                    addMembers(types.get(member.type()), offset, fields);
                    continue;
                }
            }
            String name = member.name();
            if (name.isEmpty()) {
                name = unnamed == 0 ? ANON : ANON.replace(")", "-" + unnamed + ")");
                unnamed++;
            }
            String declarator = member.name().isEmpty() ? "" : member.name();
            String declaration = c.declare(member.type(), declarator).strip()
                    + (member.bitfieldSize() > 0 ? ":" + member.bitfieldSize() : "");
            fields.add(new StructType.Field(texts.share(name), offset, member.bitfieldSize(),
                    texts.share(declaration), texts.share(signatures.of(member.type()))));
        }
    }
}

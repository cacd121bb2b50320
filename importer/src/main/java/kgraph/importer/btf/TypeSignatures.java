package kgraph.importer.btf;

import kgraph.importer.btf.BtfType.Member;

/**
 * A canonical text for a type, equal for two types exactly when DepSurf's normalised types
 * are equal: pointers, qualifiers, arrays and function prototypes are followed; named types
 * (structs, unions, enums, typedefs, integers) stop at their kind and name, so a typedef is
 * compared by name, not by what it stands for.
 */
public final class TypeSignatures {

    private final BtfTypes types;

    public TypeSignatures(BtfTypes types) {
        this.types = types;
    }

    public String of(int id) {
        if (id == 0) {
            return "void";
        }
        BtfType type = types.get(id);
        return switch (type.kind()) {
            case PTR -> "*" + of(type.type());
            case CONST -> "const(" + of(type.type()) + ")";
            case VOLATILE -> "volatile(" + of(type.type()) + ")";
            case RESTRICT -> "restrict(" + of(type.type()) + ")";
            case ARRAY -> "[" + type.arrayLength() + "]" + of(type.type());
            case FUNC_PROTO -> proto(type);
            case TYPE_TAG -> of(type.type());
            case ENUM, ENUM64, FLOAT -> type.kind() + " " + name(type) + "/" + type.size();
            case FWD -> "FWD " + (type.kindFlag() ? "union " : "struct ") + name(type);
            default -> type.kind() + " " + name(type);
        };
    }

    private String proto(BtfType proto) {
        StringBuilder text = new StringBuilder("fn(");
        for (Member param : proto.members()) {
            text.append(param.name()).append(':').append(of(param.type())).append(',');
        }
        return text.append(")->").append(of(proto.type())).toString();
    }

    private static String name(BtfType type) {
        return type.isAnonymous() ? "(anon)" : type.name();
    }
}

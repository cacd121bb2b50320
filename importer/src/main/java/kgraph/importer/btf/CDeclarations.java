package kgraph.importer.btf;

import java.util.ArrayList;
import java.util.List;
import kgraph.importer.btf.BtfType.Member;

/** Writes BTF types as C, the way a kernel developer reads a prototype. */
public final class CDeclarations {

    private final BtfTypes types;

    public CDeclarations(BtfTypes types) {
        this.types = types;
    }

    /** {@code int vfs_rename(struct renamedata *rd);} for a FUNC type. */
    public String prototype(BtfType func) {
        BtfType proto = types.get(func.type());
        return declare(proto.type(), func.name() + "(" + parameters(proto) + ")") + ";";
    }

    /** The C spelling of a type with no declarator: {@code struct file *}, {@code const char *}. */
    public String type(int id) {
        return declare(id, "").strip();
    }

    /** The C declaration of {@code declarator} (a name, possibly with * ( ) [ ]) of type {@code id}. */
    public String declare(int id, String declarator) {
        if (id == 0) {
            return join("void", declarator);
        }
        BtfType type = types.get(id);
        return switch (type.kind()) {
            case PTR -> {
                BtfKind target = type.type() == 0 ? BtfKind.UNKNOWN : types.get(type.type()).kind();
                String pointer = "*" + declarator;
                yield declare(type.type(), target == BtfKind.ARRAY || target == BtfKind.FUNC_PROTO
                        ? "(" + pointer + ")" : pointer);
            }
            case CONST, VOLATILE, RESTRICT -> {
                String qualifier = type.kind().name().toLowerCase();
                boolean onPointer = type.type() != 0 && types.get(type.type()).kind() == BtfKind.PTR;
                yield onPointer ? declare(type.type(), qualifier + " " + declarator)
                        : qualifier + " " + declare(type.type(), declarator);
            }
            case ARRAY -> declare(type.type(), declarator + "[" + type.arrayLength() + "]");
            case FUNC_PROTO -> declare(type.type(), declarator + "(" + parameters(type) + ")");
            case TYPE_TAG, DECL_TAG -> declare(type.type(), declarator);
            case STRUCT, UNION, ENUM, ENUM64, FWD -> join(tagged(type), declarator);
            default -> join(type.name(), declarator);
        };
    }

    private String tagged(BtfType type) {
        String tag = switch (type.kind()) {
            case UNION -> "union";
            case ENUM, ENUM64 -> "enum";
            case FWD -> type.kindFlag() ? "union" : "struct";
            default -> "struct";
        };
        return tag + " " + (type.isAnonymous() ? "{...}" : type.name());
    }

    private String parameters(BtfType proto) {
        if (proto.members().isEmpty()) {
            return "void";
        }
        List<String> params = new ArrayList<>();
        for (Member param : proto.members()) {
            params.add(param.type() == 0 && param.name().isEmpty() ? "..." : declare(param.type(), param.name()).strip());
        }
        return String.join(", ", params);
    }

    private static String join(String base, String declarator) {
        if (declarator.isEmpty()) {
            return base;
        }
        return base + " " + declarator;
    }
}

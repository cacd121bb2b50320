package kgraph.importer.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Canonical signatures and C text for types in DepSurf's JSON encoding ({@code {"kind": "PTR",
 * "type": {"kind": "STRUCT", "name": "file"}}}), equal to what {@code TypeSignatures} and
 * {@code CDeclarations} give for the same BTF type, so types read from the dataset and from BTF
 * compare and print alike. Unnamed things are "(anon)" in the JSON and "" here.
 */
final class JsonTypeText {

    static final String ANON = "(anon)";

    private JsonTypeText() {
    }

    static String signature(JsonNode type) {
        String kind = JsonFields.text(type, "kind");
        return switch (kind) {
            case "VOID" -> "void";
            case "PTR" -> "*" + signature(JsonFields.node(type, "type"));
            case "CONST", "VOLATILE", "RESTRICT" -> kind.toLowerCase() + "(" + signature(JsonFields.node(type, "type")) + ")";
            case "ARRAY" -> "[" + JsonFields.number(type, "nr_elems") + "]" + signature(JsonFields.node(type, "type"));
            case "FUNC_PROTO" -> prototypeSignature(type);
            case "TYPE_TAG" -> signature(JsonFields.node(type, "type"));
            case "ENUM", "ENUM64", "FLOAT" -> kind + " " + JsonFields.text(type, "name") + "/" + JsonFields.number(type, "size");
            case "FWD" -> "FWD " + ("union".equals(type.path("fwd_kind").asText()) ? "union " : "struct ")
                    + JsonFields.text(type, "name");
            default -> kind + " " + JsonFields.text(type, "name");
        };
    }

    private static String prototypeSignature(JsonNode proto) {
        StringBuilder text = new StringBuilder("fn(");
        for (JsonNode param : JsonFields.array(proto, "params")) {
            text.append(name(param)).append(':').append(signature(JsonFields.node(param, "type"))).append(',');
        }
        return text.append(")->").append(signature(JsonFields.node(proto, "ret_type"))).toString();
    }

    /** The C spelling of a type with no declarator. */
    static String type(JsonNode type) {
        return declare(type, "").strip();
    }

    /** The C declaration of {@code declarator} of this type. */
    static String declare(JsonNode type, String declarator) {
        String kind = JsonFields.text(type, "kind");
        return switch (kind) {
            case "VOID" -> join("void", declarator);
            case "PTR" -> {
                JsonNode target = JsonFields.node(type, "type");
                String targetKind = JsonFields.text(target, "kind");
                String pointer = "*" + declarator;
                yield declare(target, targetKind.equals("ARRAY") || targetKind.equals("FUNC_PROTO")
                        ? "(" + pointer + ")" : pointer);
            }
            case "CONST", "VOLATILE", "RESTRICT" -> {
                JsonNode target = JsonFields.node(type, "type");
                String qualifier = kind.toLowerCase();
                yield JsonFields.text(target, "kind").equals("PTR") ? declare(target, qualifier + " " + declarator)
                        : qualifier + " " + declare(target, declarator);
            }
            case "ARRAY" -> declare(JsonFields.node(type, "type"),
                    declarator + "[" + JsonFields.number(type, "nr_elems") + "]");
            case "FUNC_PROTO" -> declare(JsonFields.node(type, "ret_type"), declarator + "(" + parameters(type) + ")");
            case "TYPE_TAG", "DECL_TAG" -> declare(JsonFields.node(type, "type"), declarator);
            case "STRUCT", "UNION", "ENUM", "ENUM64", "FWD" -> join(tagged(type, kind), declarator);
            default -> join(JsonFields.text(type, "name"), declarator);
        };
    }

    /** The parameter list of a FUNC_PROTO as C: {@code struct file *file, int mask}. */
    static String parameters(JsonNode proto) {
        List<String> params = new ArrayList<>();
        for (JsonNode param : JsonFields.array(proto, "params")) {
            JsonNode type = JsonFields.node(param, "type");
            boolean varargs = name(param).isEmpty() && JsonFields.text(type, "kind").equals("VOID");
            params.add(varargs ? "..." : declare(type, name(param)).strip());
        }
        return params.isEmpty() ? "void" : String.join(", ", params);
    }

    /** A member's or parameter's name, "" for "(anon)". */
    static String name(JsonNode named) {
        String name = JsonFields.text(named, "name");
        return name.equals(ANON) ? "" : name;
    }

    private static String tagged(JsonNode type, String kind) {
        String tag = switch (kind) {
            case "UNION" -> "union";
            case "ENUM", "ENUM64" -> "enum";
            case "FWD" -> "union".equals(type.path("fwd_kind").asText()) ? "union" : "struct";
            default -> "struct";
        };
        String name = JsonFields.text(type, "name");
        return tag + " " + (name.equals(ANON) || name.isEmpty() ? "{...}" : name);
    }

    private static String join(String base, String declarator) {
        return declarator.isEmpty() ? base : base + " " + declarator;
    }
}

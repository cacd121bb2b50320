package kgraph.importer.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.btf.Prototype;

/** Turns records of DepSurf's dataset (its JSON type encoding) into the model's types. */
final class DepsurfRecords {

    private final Texts texts;

    DepsurfRecords(Texts texts) {
        this.texts = texts;
    }

    /** A {@code types_struct}/{@code types_union} line, or a tracepoint's {@code struct}; members are already flattened. */
    StructType struct(JsonNode record) {
        String kind = JsonFields.text(record, "kind");
        if (!kind.equals("STRUCT") && !kind.equals("UNION")) {
            throw new IllegalArgumentException("expected a STRUCT or UNION, found " + kind);
        }
        List<StructType.Field> fields = new ArrayList<>();
        for (JsonNode member : JsonFields.array(record, "members")) {
            JsonNode type = JsonFields.node(member, "type");
            int bitfieldSize = member.has("bitfield_size") ? (int) JsonFields.number(member, "bitfield_size") : 0;
            String declaration = JsonTypeText.declare(type, JsonTypeText.name(member)).strip()
                    + (bitfieldSize > 0 ? ":" + bitfieldSize : "");
            fields.add(new StructType.Field(texts.share(JsonFields.text(member, "name")),
                    JsonFields.number(member, "bits_offset"), bitfieldSize, texts.share(declaration),
                    texts.share(JsonTypeText.signature(type))));
        }
        return new StructType(JsonFields.text(record, "name"), kind, JsonFields.number(record, "size"),
                List.copyOf(fields));
    }

    /** A {@code types_enum} line. */
    EnumType enumType(JsonNode record) {
        List<EnumType.Value> values = new ArrayList<>();
        for (JsonNode value : JsonFields.array(record, "values")) {
            values.add(new EnumType.Value(JsonFields.text(value, "name"), JsonFields.number(value, "val")));
        }
        return new EnumType(JsonFields.text(record, "name"), JsonFields.number(record, "size"), List.copyOf(values));
    }

    /** A {@code types_func} line or a tracepoint's {@code func}: a FUNC with its FUNC_PROTO. */
    Prototype function(JsonNode func) {
        return prototype(JsonFields.text(func, "name"), JsonFields.node(func, "type"), null);
    }

    /**
     * A FUNC_PROTO declared as {@code name}; {@code paramNames} replaces the parameters' own names
     * where not null.
     */
    Prototype prototype(String name, JsonNode proto, List<String> paramNames) {
        if (!JsonFields.text(proto, "kind").equals("FUNC_PROTO")) {
            throw new IllegalArgumentException(name + ": expected a FUNC_PROTO, found " + proto.get("kind"));
        }
        List<Prototype.Param> params = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        int i = 0;
        for (JsonNode param : JsonFields.array(proto, "params")) {
            JsonNode type = JsonFields.node(param, "type");
            String paramName = paramNames != null ? paramNames.get(i) : JsonTypeText.name(param);
            String declaration = JsonTypeText.declare(type, paramName).strip();
            params.add(new Prototype.Param(paramName, JsonTypeText.signature(type), declaration));
            boolean varargs = paramName.isEmpty() && JsonFields.text(type, "kind").equals("VOID");
            declared.add(varargs ? "..." : declaration);
            i++;
        }
        JsonNode returnType = JsonFields.node(proto, "ret_type");
        String list = declared.isEmpty() ? "void" : String.join(", ", declared);
        return new Prototype(name, JsonTypeText.declare(returnType, name + "(" + list + ")") + ";",
                JsonTypeText.signature(returnType), JsonTypeText.type(returnType), params);
    }

    /** A {@code tracepoints} line. */
    Tracepoint tracepoint(JsonNode record) {
        return new Tracepoint(JsonFields.text(record, "event_name"), JsonFields.text(record, "class_name"),
                struct(JsonFields.node(record, "struct")), function(JsonFields.node(record, "func")));
    }
}

package kgraph.importer.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kgraph.importer.btf.Prototype;
import kgraph.importer.types.EnumType;
import kgraph.importer.types.KernelTypes;
import kgraph.importer.types.StructType;
import kgraph.importer.types.Tracepoint;

/**
 * Turns an image's types and hooks into node rows. Structs and unions keep their fields as
 * parallel lists (names, bit offsets, C declarations, signatures), enums their values, and
 * tracepoints, LSM hooks and kfuncs a prototype in the same properties a FuncGroup uses, so one
 * comparison serves them all.
 */
public final class TypeRows {

    public static final List<String> LABELS = List.of("Struct", "Enum", "Tracepoint", "LsmHook", "Kfunc");

    /** A node property and its type for Neo4j's bulk importer ({@code string}, {@code long[]}...). */
    public record Column(String name, String type) {
    }

    private static final List<Column> PROTOTYPE = List.of(new Column("prototype", "string"),
            new Column("returnSignature", "string"), new Column("returnType", "string"),
            new Column("paramNames", "string[]"), new Column("paramSignatures", "string[]"),
            new Column("paramDeclarations", "string[]"));
    private static final List<Column> FIELDS = List.of(new Column("fieldNames", "string[]"),
            new Column("fieldOffsets", "long[]"), new Column("fieldBitfieldSizes", "long[]"),
            new Column("fieldDeclarations", "string[]"), new Column("fieldSignatures", "string[]"));

    private TypeRows() {
    }

    public static List<Column> columns(String label) {
        List<Column> columns = new ArrayList<>();
        switch (label) {
            case "Struct" -> {
                columns.add(new Column("kind", "string"));
                columns.add(new Column("size", "long"));
                columns.addAll(FIELDS);
            }
            case "Enum" -> {
                columns.add(new Column("size", "long"));
                columns.add(new Column("valueNames", "string[]"));
                columns.add(new Column("values", "long[]"));
            }
            case "Tracepoint" -> {
                columns.add(new Column("class", "string"));
                columns.add(new Column("structName", "string"));
                columns.addAll(FIELDS);
                columns.addAll(PROTOTYPE);
            }
            case "LsmHook", "Kfunc" -> columns.addAll(PROTOTYPE);
            default -> throw new IllegalArgumentException("no type label " + label);
        }
        return columns;
    }

    public static List<TypeRow> of(String image, KernelTypes types) {
        List<TypeRow> rows = new ArrayList<>();
        types.structs().values().forEach(s -> rows.add(struct(image, s)));
        types.unions().values().forEach(u -> rows.add(struct(image, u)));
        types.enums().values().forEach(e -> rows.add(enumRow(image, e)));
        types.tracepoints().values().forEach(t -> rows.add(tracepoint(image, t)));
        types.lsmHooks().values().forEach(h -> rows.add(row("LsmHook", image, h.name(), prototype(h.prototype()))));
        types.kfuncs().forEach((name, p) -> rows.add(row("Kfunc", image, name, prototype(p))));
        return rows;
    }

    private static TypeRow struct(String image, StructType struct) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", struct.kind());
        properties.put("size", struct.size());
        properties.putAll(fields(struct));
        // A struct and a union may share a name: the kind (STRUCT, UNION) is part of the key.
        return new TypeRow("Struct", Keys.type(image, struct.kind(), struct.name()), struct.name(), properties);
    }

    private static TypeRow enumRow(String image, EnumType type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("size", type.size());
        properties.put("valueNames", type.values().stream().map(EnumType.Value::name).toList());
        properties.put("values", type.values().stream().map(EnumType.Value::value).toList());
        return row("Enum", image, type.name(), properties);
    }

    private static TypeRow tracepoint(String image, Tracepoint tracepoint) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("class", tracepoint.className());
        properties.put("structName", tracepoint.struct() == null ? null : tracepoint.struct().name());
        properties.putAll(fields(tracepoint.struct()));
        properties.putAll(prototype(tracepoint.func()));
        return row("Tracepoint", image, tracepoint.event(), properties);
    }

    private static TypeRow row(String label, String image, String name, Map<String, Object> properties) {
        return new TypeRow(label, Keys.type(image, label, name), name, properties);
    }

    private static Map<String, Object> fields(StructType struct) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (struct == null) {
            return properties;
        }
        properties.put("fieldNames", struct.fields().stream().map(StructType.Field::name).toList());
        properties.put("fieldOffsets", struct.fields().stream().map(StructType.Field::bitsOffset).toList());
        properties.put("fieldBitfieldSizes", struct.fields().stream().map(f -> (long) f.bitfieldSize()).toList());
        properties.put("fieldDeclarations", struct.fields().stream().map(StructType.Field::declaration).toList());
        properties.put("fieldSignatures", struct.fields().stream().map(StructType.Field::signature).toList());
        return properties;
    }

    private static Map<String, Object> prototype(Prototype prototype) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (prototype == null) {
            return properties;
        }
        properties.put("prototype", prototype.declaration());
        properties.put("returnSignature", prototype.returnSignature());
        properties.put("returnType", prototype.returnC());
        properties.put("paramNames", prototype.params().stream().map(Prototype.Param::name).toList());
        properties.put("paramSignatures", prototype.params().stream().map(Prototype.Param::signature).toList());
        properties.put("paramDeclarations", prototype.params().stream().map(Prototype.Param::declaration).toList());
        return properties;
    }
}

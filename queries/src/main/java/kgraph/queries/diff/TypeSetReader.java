package kgraph.queries.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;

/**
 * Reads an image's stored types and hooks back into the shapes the diff classes compare:
 * structs and unions with their fields, enums with their values, tracepoints with their event
 * struct and handler prototype, LSM hooks and kfuncs with their prototypes, syscalls by name.
 */
final class TypeSetReader {

    private static final NamedQuery DEPENDENCIES = NamedQuery.load("diff/dependencies");
    private static final NamedQuery SYSCALLS = NamedQuery.load("diff/syscalls");

    private final GraphExecutor graph;

    TypeSetReader(GraphExecutor graph) {
        this.graph = graph;
    }

    /** All of the image's types, or, with {@code label} and {@code name}, just that one (when stored). */
    TypeSet read(String image, String label, String name) {
        Map<String, StructShape> structs = new LinkedHashMap<>();
        Map<String, StructShape> unions = new LinkedHashMap<>();
        Map<String, EnumShape> enums = new LinkedHashMap<>();
        Map<String, TracepointShape> tracepoints = new LinkedHashMap<>();
        Map<String, Signature> lsmHooks = new LinkedHashMap<>();
        Map<String, Signature> kfuncs = new LinkedHashMap<>();
        Map<String, Object> params = new HashMap<>();
        params.put("image", image);
        params.put("label", label);
        params.put("name", name);
        for (Map<String, Object> row : graph.read(DEPENDENCIES, params)) {
            String element = (String) row.get("name");
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) row.get("properties");
            switch ((String) row.get("label")) {
                case "Struct" -> {
                    StructShape shape = struct(element, (String) p.get("kind"), p);
                    (shape.kind().equals("UNION") ? unions : structs).put(element, shape);
                }
                case "Enum" -> enums.put(element, enumShape(element, p));
                case "Tracepoint" -> tracepoints.put(element, tracepoint(element, p));
                case "LsmHook" -> putSignature(lsmHooks, element, p);
                case "Kfunc" -> putSignature(kfuncs, element, p);
                default -> {
                }
            }
        }
        Map<String, Integer> syscalls = new LinkedHashMap<>();
        if (label == null || label.equals("Syscall")) {
            for (Map<String, Object> row : graph.read(SYSCALLS, Map.of("image", image))) {
                if (name == null || name.equals(row.get("name"))) {
                    syscalls.put((String) row.get("name"), ((Number) row.get("nr")).intValue());
                }
            }
        }
        return new TypeSet(structs, unions, enums, tracepoints, lsmHooks, kfuncs, syscalls);
    }

    private static void putSignature(Map<String, Signature> into, String name, Map<String, Object> p) {
        Signature signature = Signature.fromRow(name, p);
        if (signature != null) {
            into.put(name, signature);
        }
    }

    static TracepointShape tracepoint(String event, Map<String, Object> p) {
        return new TracepointShape(event, (String) p.get("class"),
                p.get("structName") == null ? null : struct((String) p.get("structName"), "STRUCT", p),
                Signature.fromRow(event, p));
    }

    static StructShape struct(String name, String kind, Map<String, Object> p) {
        List<String> names = StoredLists.strings(p.get("fieldNames"));
        List<Object> offsets = StoredLists.numbers(p.get("fieldOffsets"));
        List<String> signatures = StoredLists.strings(p.get("fieldSignatures"));
        List<String> declarations = StoredLists.strings(p.get("fieldDeclarations"));
        List<StructShape.Field> fields = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            fields.add(new StructShape.Field(names.get(i), ((Number) offsets.get(i)).longValue(), signatures.get(i),
                    declarations.get(i)));
        }
        return new StructShape(name, kind, fields);
    }

    static EnumShape enumShape(String name, Map<String, Object> p) {
        List<String> names = StoredLists.strings(p.get("valueNames"));
        List<Object> values = StoredLists.numbers(p.get("values"));
        List<EnumShape.Value> shapes = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            shapes.add(new EnumShape.Value(names.get(i), ((Number) values.get(i)).longValue()));
        }
        return new EnumShape(name, shapes);
    }
}

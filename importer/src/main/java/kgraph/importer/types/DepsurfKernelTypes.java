package kgraph.importer.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import kgraph.importer.btf.Prototype;
import kgraph.importer.depsurf.DatasetException;

/**
 * Reads {@link KernelTypes} from DepSurf's dataset, every file optional (a missing one leaves its
 * kind empty): {@code types_struct}, {@code types_union} and {@code types_enum} (one type a line,
 * named types only, first of a name wins), {@code tracepoints} (by {@code event_name}),
 * {@code syscalls/<image>.json} (number to name, or DepSurf's newer name to number), and
 * {@code types_func} (only for the parameter names of LSM hooks). LSM hooks follow
 * {@link BtfLsmHooks}: the members of {@code security_hook_heads} (or
 * {@code lsm_static_calls_table}) from {@code types_struct}, or, where that file is missing, the
 * members of {@code union security_list_options}, which lists the same hooks; prototypes from the
 * union, parameter names from {@code bpf_lsm_<hook>} in {@code types_func}. The dataset has no
 * kfuncs (DepSurf derives them from ELF symbols; see {@link Kfuncs#namesFromSymbols}).
 */
final class DepsurfKernelTypes {

    private DepsurfKernelTypes() {
    }

    static KernelTypes read(Path dataset, String image) {
        Texts texts = new Texts();
        DepsurfRecords records = new DepsurfRecords(texts);
        Map<String, StructType> structs = named(dataset, "types_struct", image, records::struct, StructType::name);
        Map<String, JsonNode> hookOptions = new LinkedHashMap<>();
        Map<String, StructType> unions = new LinkedHashMap<>();
        Path unionFile = DepsurfJsonl.find(dataset, "types_union", image, "jsonl");
        if (unionFile != null) {
            DepsurfJsonl.read(unionFile, node -> {
                StructType union = records.struct(node);
                if (union.name().equals(BtfLsmHooks.OPTIONS) && !unions.containsKey(union.name())) {
                    JsonFields.array(node, "members").forEach(m -> hookOptions.putIfAbsent(
                            JsonFields.text(m, "name"), JsonFields.node(m, "type")));
                }
                return union;
            }, union -> unions.putIfAbsent(union.name(), union));
        }
        Map<String, EnumType> enums = named(dataset, "types_enum", image, records::enumType, EnumType::name);
        Map<String, Tracepoint> tracepoints = named(dataset, "tracepoints", image, records::tracepoint, Tracepoint::event);
        Map<String, Prototype> attachPoints = attachPoints(dataset, image, records);
        Map<String, LsmHook> hooks = lsmHooks(structs, hookOptions, attachPoints, records);
        return new KernelTypes(structs, unions, enums, tracepoints, hooks, Map.of(), syscalls(dataset, image));
    }

    private static <T> Map<String, T> named(Path dataset, String kind, String image,
                                            Function<JsonNode, T> parser,
                                            Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        Path file = DepsurfJsonl.find(dataset, kind, image, "jsonl");
        if (file != null) {
            DepsurfJsonl.read(file, parser, item -> byName.putIfAbsent(name.apply(item), item));
        }
        return byName;
    }

    /** The {@code bpf_lsm_*} functions of {@code types_func}, by hook name. */
    private static Map<String, Prototype> attachPoints(Path dataset, String image, DepsurfRecords records) {
        Map<String, Prototype> byHook = new LinkedHashMap<>();
        Path file = DepsurfJsonl.find(dataset, "types_func", image, "jsonl");
        if (file != null) {
            DepsurfJsonl.read(file, node -> JsonFields.text(node, "name").startsWith("bpf_lsm_")
                    ? records.function(node) : null, func -> {
                        if (func != null) {
                            byHook.putIfAbsent(func.name().substring("bpf_lsm_".length()), func);
                        }
                    });
        }
        return byHook;
    }

    private static Map<String, LsmHook> lsmHooks(Map<String, StructType> structs, Map<String, JsonNode> options,
                                                 Map<String, Prototype> attachPoints, DepsurfRecords records) {
        StructType heads = structs.getOrDefault(BtfLsmHooks.HEADS, structs.get(BtfLsmHooks.STATIC_CALLS));
        List<String> names = heads != null ? heads.fields().stream().map(StructType.Field::name).toList()
                : new ArrayList<>(options.keySet());
        Map<String, LsmHook> hooks = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode pointer = options.get(name);
            JsonNode proto = pointer != null && pointer.path("kind").asText().equals("PTR") ? pointer.get("type") : null;
            Prototype prototype = null;
            if (proto != null && proto.path("kind").asText().equals("FUNC_PROTO")) {
                prototype = records.prototype(name, proto, paramNames(proto, attachPoints.get(name)));
            }
            hooks.putIfAbsent(name, new LsmHook(name, prototype));
        }
        return hooks;
    }

    private static List<String> paramNames(JsonNode proto, Prototype attachPoint) {
        int count = JsonFields.array(proto, "params").size();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean fits = attachPoint != null && attachPoint.params().size() == count;
            names.add(fits ? attachPoint.params().get(i).name() : "arg" + i);
        }
        return names;
    }

    /** {@code syscalls/<image>.json}: number to name as in the dataset, or name to number as DepSurf now writes it. */
    private static Map<String, Integer> syscalls(Path dataset, String image) {
        Map<String, Integer> syscalls = new TreeMap<>();
        Path file = DepsurfJsonl.find(dataset, "syscalls", image, "json");
        if (file == null) {
            return syscalls;
        }
        JsonNode root = DepsurfJsonl.readTree(file);
        if (root == null || !root.isObject()) {
            throw new DatasetException(file, 0, "expected a JSON object between syscall numbers and names");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (entry.getKey().matches("\\d+") && value.isTextual()) {
                syscalls.putIfAbsent(value.asText(), Integer.parseInt(entry.getKey()));
            } else if (value.isInt()) {
                syscalls.putIfAbsent(entry.getKey(), value.asInt());
            } else {
                throw new DatasetException(file, 0, "expected \"<number>\": \"<name>\" or \"<name>\": <number>, found \""
                        + entry.getKey() + "\": " + value);
            }
        }
        return syscalls;
    }
}

package kgraph.importer.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kgraph.importer.btf.Prototype;
import kgraph.queries.diff.Change;
import kgraph.queries.diff.ElementKind;
import kgraph.queries.diff.KindDiff;
import kgraph.queries.diff.TypeSetDiff;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Enum and tracepoint changes between DepSurf images, against the same comparison done on the
 * raw JSON the way DepSurf does it: by name, types compared as whole JSON values.
 */
class DepsurfDiffTest {

    @ParameterizedTest
    @CsvSource({"5.4.0-26-generic-amd64,5.8.0-25-generic-amd64", "5.4.0-26-generic-amd64,6.8.0-31-generic-amd64"})
    void enumChangesAreTheRawValuesThatDiffer(String from, String to) throws Exception {
        KindDiff ours = kind(from, to, ElementKind.ENUM);
        Map<String, JsonNode> before = RawDataset.records("types_enum", from, "name");
        Map<String, JsonNode> after = RawDataset.records("types_enum", to, "name");
        Map<String, Set<String>> expected = new TreeMap<>();
        before.forEach((name, raw) -> {
            if (!after.containsKey(name)) {
                return;
            }
            Map<String, Long> was = values(raw);
            Map<String, Long> is = values(after.get(name));
            Set<String> changes = new HashSet<>();
            is.forEach((v, n) -> {
                if (!was.containsKey(v)) {
                    changes.add(Change.VALUE_ADDED + " null " + v + " = " + n);
                }
            });
            was.forEach((v, n) -> {
                if (!is.containsKey(v)) {
                    changes.add(Change.VALUE_REMOVED + " " + v + " = " + n + " null");
                } else if (!n.equals(is.get(v))) {
                    changes.add(Change.VALUE_CHANGED + " " + v + " = " + n + " " + v + " = " + is.get(v));
                }
            });
            if (!changes.isEmpty()) {
                expected.put(name, changes);
            }
        });
        assertEquals(expected, asSets(ours));
        assertTrue(ours.byCategory().getOrDefault(Change.VALUE_CHANGED, 0L) > 0, "a real value change");
        assertEquals(after.keySet().stream().filter(n -> !before.containsKey(n)).sorted().toList(), ours.added());
    }

    private static Map<String, Long> values(JsonNode enumType) {
        Map<String, Long> values = new LinkedHashMap<>();
        enumType.get("values").forEach(v -> values.put(v.get("name").asText(), v.get("val").asLong()));
        return values;
    }

    @ParameterizedTest
    @CsvSource({"5.4.0-26-generic-amd64,5.8.0-25-generic-amd64", "5.4.0-26-generic-amd64,6.8.0-31-generic-amd64"})
    void tracepointChangesAreTheRawFieldsAndParametersThatDiffer(String from, String to) throws Exception {
        KernelTypes old = KernelTypes.fromDepsurf(RawDataset.root(), from);
        KernelTypes now = KernelTypes.fromDepsurf(RawDataset.root(), to);
        KindDiff ours = TypeSetDiff.compare(old.toTypeSet(), now.toTypeSet()).get(ElementKind.TRACEPOINT.ordinal());
        Map<String, JsonNode> before = RawDataset.records("tracepoints", from, "event_name");
        Map<String, JsonNode> after = RawDataset.records("tracepoints", to, "event_name");
        Map<String, Set<String>> expected = new TreeMap<>();
        before.forEach((event, raw) -> {
            if (!after.containsKey(event)) {
                return;
            }
            Tracepoint was = old.tracepoints().get(event);
            Tracepoint is = now.tracepoints().get(event);
            Set<String> changes = new HashSet<>();
            Set<String> fields = fieldChanges(raw.get("struct"), after.get(event).get("struct"), was.struct(), is.struct());
            if (!fields.isEmpty()) {
                changes.add(Change.EVENT_CHANGED + " " + was.struct().name() + " " + is.struct().name());
                changes.addAll(fields);
            }
            Set<String> params = paramChanges(raw.get("func").get("type"), after.get(event).get("func").get("type"),
                    was.func(), is.func());
            if (!params.isEmpty()) {
                changes.add(Change.FUNC_CHANGED + " " + was.func().name() + " " + is.func().name());
                changes.addAll(params);
            }
            if (!changes.isEmpty()) {
                expected.put(event, changes);
            }
        });
        assertEquals(expected, asSets(ours));
        assertTrue(ours.byCategory().getOrDefault(Change.FIELD_TYPE, 0L) > 0, "a real field type change");
    }

    private static Set<String> fieldChanges(JsonNode before, JsonNode after, StructType was, StructType is) {
        Map<String, JsonNode> old = byName(before.get("members"));
        Map<String, JsonNode> now = byName(after.get("members"));
        Set<String> changes = new HashSet<>();
        now.keySet().stream().filter(f -> !old.containsKey(f))
                .forEach(f -> changes.add(Change.FIELD_ADDED + " null " + located(is, f)));
        old.keySet().stream().filter(f -> !now.containsKey(f))
                .forEach(f -> changes.add(Change.FIELD_REMOVED + " " + located(was, f) + " null"));
        old.forEach((f, member) -> {
            if (now.containsKey(f) && !member.get("type").equals(now.get(f).get("type"))) {
                changes.add(Change.FIELD_TYPE + " " + located(was, f) + " " + located(is, f));
            }
        });
        return changes;
    }

    private static Set<String> paramChanges(JsonNode before, JsonNode after, Prototype was, Prototype is) {
        Map<String, JsonNode> old = byName(before.get("params"));
        Map<String, JsonNode> now = byName(after.get("params"));
        Set<String> changes = new HashSet<>();
        now.keySet().stream().filter(p -> !old.containsKey(p))
                .forEach(p -> changes.add(Change.PARAM_ADDED + " null " + declaration(is, p)));
        old.keySet().stream().filter(p -> !now.containsKey(p))
                .forEach(p -> changes.add(Change.PARAM_REMOVED + " " + declaration(was, p) + " null"));
        List<String> commonBefore = old.keySet().stream().filter(now::containsKey).toList();
        List<String> commonAfter = now.keySet().stream().filter(old::containsKey).toList();
        if (!commonBefore.equals(commonAfter)) {
            changes.add(Change.PARAM_REORDERED + " " + String.join(", ", old.keySet()) + " " + String.join(", ", now.keySet()));
        }
        old.forEach((p, param) -> {
            if (now.containsKey(p) && !param.get("type").equals(now.get(p).get("type"))) {
                changes.add(Change.PARAM_TYPE + " " + declaration(was, p) + " " + declaration(is, p));
            }
        });
        if (!before.get("ret_type").equals(after.get("ret_type"))) {
            changes.add(Change.RETURN_TYPE + " " + was.returnC() + " " + is.returnC());
        }
        return changes;
    }

    private static Map<String, JsonNode> byName(JsonNode list) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        list.forEach(item -> byName.put(item.get("name").asText(), item));
        return byName;
    }

    private static String located(StructType struct, String field) {
        StructType.Field f = struct.fields().stream().filter(x -> x.name().equals(field)).reduce((a, b) -> b).orElseThrow();
        return f.declaration() + " (bit " + f.bitsOffset() + ")";
    }

    private static String declaration(Prototype prototype, String param) {
        return prototype.params().stream().filter(p -> p.name().equals(param)).reduce((a, b) -> b).orElseThrow().declaration();
    }

    private static KindDiff kind(String from, String to, ElementKind kind) {
        return TypeSetDiff.compare(KernelTypes.fromDepsurf(RawDataset.root(), from).toTypeSet(),
                KernelTypes.fromDepsurf(RawDataset.root(), to).toTypeSet()).get(kind.ordinal());
    }

    private static Map<String, Set<String>> asSets(KindDiff kind) {
        Map<String, Set<String>> sets = new TreeMap<>();
        kind.changed().forEach((name, changes) -> {
            Set<String> set = new HashSet<>();
            changes.forEach(c -> set.add(c.category() + " " + c.old() + " " + c.now()));
            sets.put(name, set);
        });
        return sets;
    }
}

package kgraph.importer.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kgraph.queries.diff.Change;
import kgraph.queries.diff.KindDiff;
import kgraph.queries.diff.StructDiff;
import kgraph.queries.diff.TypeSetDiff;
import org.junit.jupiter.api.Test;

/** Struct and union changes from Debian 6.1 to 6.12, against the same diff worked out from bpftool's dumps. */
class BtfStructDiffTest {

    @Test
    void everyStructChangeIsWhatBpftoolsMembersShow() throws Exception {
        BtfImages.Image old = BtfImages.of(BtfImages.OLD);
        BtfImages.Image now = BtfImages.of(BtfImages.NEW);
        List<KindDiff> kinds = TypeSetDiff.compare(old.model().toTypeSet(), now.model().toTypeSet());
        assertEquals(expected(old, now, "STRUCT", old.model().structs(), now.model().structs()), asSets(kinds.get(0)));
        assertEquals(expected(old, now, "UNION", old.model().unions(), now.model().unions()), asSets(kinds.get(1)));
        assertTrue(kinds.get(0).byCategory().getOrDefault(Change.FIELD_TYPE, 0L) > 0);
    }

    @Test
    void aFieldTypeChangeSaysWhatTheTypeWasAndIsAndWhere() throws Exception {
        BtfImages.Image old = BtfImages.of(BtfImages.OLD);
        BtfImages.Image now = BtfImages.of(BtfImages.NEW);
        String struct = "class_datum";
        BpftoolDump.FlatField was = field(old.dump(), struct, "value");
        BpftoolDump.FlatField is = field(now.dump(), struct, "value");
        List<Change> changes = StructDiff.changes(old.model().structs().get(struct).toShape(),
                now.model().structs().get(struct).toShape());
        assertEquals(List.of(new Change(Change.FIELD_TYPE,
                old.dump().byId.get(was.typeId()).name() + " value (bit " + was.bitsOffset() + ")",
                now.dump().byId.get(is.typeId()).name() + " value (bit " + is.bitsOffset() + ")")), changes);
    }

    private static BpftoolDump.FlatField field(BpftoolDump dump, String struct, String name) {
        return dump.flatten(dump.named("STRUCT").get(struct), 0).stream()
                .filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** Per changed record, its (category, field) pairs, from our diff: the field named by matching the shown text. */
    private static Map<String, Set<String>> asSets(KindDiff kind) {
        Map<String, Set<String>> sets = new TreeMap<>();
        kind.changed().forEach((name, changes) -> {
            Set<String> set = new HashSet<>();
            changes.forEach(c -> set.add(c.category() + " " + (c.old() != null ? c.old() : c.now())));
            sets.put(name, set);
        });
        return sets;
    }

    private static Map<String, Set<String>> expected(BtfImages.Image old, BtfImages.Image now, String kind,
                                                     Map<String, StructType> oldModel, Map<String, StructType> newModel) {
        Map<String, BpftoolDump.Raw> before = old.dump().named(kind);
        Map<String, BpftoolDump.Raw> after = now.dump().named(kind);
        Map<String, Set<String>> sets = new TreeMap<>();
        before.forEach((name, raw) -> {
            if (!after.containsKey(name)) {
                return;
            }
            Map<String, BpftoolDump.FlatField> was = byName(old.dump().flatten(raw, 0));
            Map<String, BpftoolDump.FlatField> is = byName(now.dump().flatten(after.get(name), 0));
            Map<String, StructType.Field> oldFields = byName(oldModel.get(name));
            Map<String, StructType.Field> newFields = byName(newModel.get(name));
            List<String> changes = new ArrayList<>();
            is.keySet().stream().filter(f -> !was.containsKey(f))
                    .forEach(f -> changes.add(Change.FIELD_ADDED + " " + located(newFields.get(f))));
            was.keySet().stream().filter(f -> !is.containsKey(f))
                    .forEach(f -> changes.add(Change.FIELD_REMOVED + " " + located(oldFields.get(f))));
            was.forEach((f, field) -> {
                if (is.containsKey(f) && !old.dump().normalised(field.typeId())
                        .equals(now.dump().normalised(is.get(f).typeId()))) {
                    changes.add(Change.FIELD_TYPE + " " + located(oldFields.get(f)));
                }
            });
            if (!changes.isEmpty()) {
                sets.put(name, new HashSet<>(changes));
            }
        });
        return sets;
    }

    private static String located(StructType.Field field) {
        return field.declaration() + " (bit " + field.bitsOffset() + ")";
    }

    private static Map<String, BpftoolDump.FlatField> byName(List<BpftoolDump.FlatField> fields) {
        Map<String, BpftoolDump.FlatField> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        return byName;
    }

    private static Map<String, StructType.Field> byName(StructType type) {
        Map<String, StructType.Field> byName = new LinkedHashMap<>();
        type.fields().forEach(f -> byName.put(f.name(), f));
        return byName;
    }
}

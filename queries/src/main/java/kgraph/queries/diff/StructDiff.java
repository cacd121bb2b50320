package kgraph.queries.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DepSurf's comparison of two versions of a struct or union. Fields are matched by name: a name
 * only in the new one is added, only in the old one removed; a common name whose type signature
 * differs changed type. Like DepSurf, a field that only moved (or a struct that only changed
 * size or bitfield widths) is not a change: DepSurf's "Struct layout changed" is disabled in its
 * current code and its counts leave layout out.
 */
public final class StructDiff {

    private StructDiff() {
    }

    public static List<Change> changes(StructShape old, StructShape now) {
        Map<String, StructShape.Field> before = byName(old);
        Map<String, StructShape.Field> after = byName(now);
        List<Change> changes = new ArrayList<>();
        after.forEach((name, field) -> {
            if (!before.containsKey(name)) {
                changes.add(new Change(Change.FIELD_ADDED, null, field.located()));
            }
        });
        before.forEach((name, field) -> {
            if (!after.containsKey(name)) {
                changes.add(new Change(Change.FIELD_REMOVED, field.located(), null));
            }
        });
        before.forEach((name, was) -> {
            StructShape.Field is = after.get(name);
            if (is != null && !was.signature().equals(is.signature())) {
                changes.add(new Change(Change.FIELD_TYPE, was.located(), is.located()));
            }
        });
        return changes;
    }

    /** Fields by name, in order; a repeated name keeps its last definition, as a Python dict would. */
    private static Map<String, StructShape.Field> byName(StructShape shape) {
        Map<String, StructShape.Field> fields = new LinkedHashMap<>();
        shape.fields().forEach(f -> fields.put(f.name(), f));
        return fields;
    }
}

package kgraph.queries.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DepSurf's comparison of two versions of an enum: values are matched by name; a name only in the
 * new one is added, only in the old one removed; a common name with another number changed.
 */
public final class EnumDiff {

    private EnumDiff() {
    }

    public static List<Change> changes(EnumShape old, EnumShape now) {
        Map<String, EnumShape.Value> before = byName(old);
        Map<String, EnumShape.Value> after = byName(now);
        List<Change> changes = new ArrayList<>();
        after.forEach((name, value) -> {
            if (!before.containsKey(name)) {
                changes.add(new Change(Change.VALUE_ADDED, null, value.text()));
            }
        });
        before.forEach((name, value) -> {
            if (!after.containsKey(name)) {
                changes.add(new Change(Change.VALUE_REMOVED, value.text(), null));
            }
        });
        before.forEach((name, was) -> {
            EnumShape.Value is = after.get(name);
            if (is != null && was.value() != is.value()) {
                changes.add(new Change(Change.VALUE_CHANGED, was.text(), is.text()));
            }
        });
        return changes;
    }

    private static Map<String, EnumShape.Value> byName(EnumShape shape) {
        Map<String, EnumShape.Value> values = new LinkedHashMap<>();
        shape.values().forEach(v -> values.put(v.name(), v));
        return values;
    }
}

package kgraph.queries.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DepSurf's comparison of two prototypes of a function. Parameters are matched by name: a name
 * only in the new one is added, only in the old one removed; the names both have must keep
 * their relative order, or the list is reordered; a common name whose type differs changed
 * type. Types compare by canonical signature, so a typedef is equal only to itself.
 */
public final class FunctionDiff {

    private FunctionDiff() {
    }

    public static List<Change> changes(Signature old, Signature now) {
        Map<String, Signature.Param> before = byName(old);
        Map<String, Signature.Param> after = byName(now);
        List<Change> changes = new ArrayList<>();
        after.forEach((name, param) -> {
            if (!before.containsKey(name)) {
                changes.add(new Change(Change.PARAM_ADDED, null, param.declaration()));
            }
        });
        before.forEach((name, param) -> {
            if (!after.containsKey(name)) {
                changes.add(new Change(Change.PARAM_REMOVED, param.declaration(), null));
            }
        });
        List<String> commonBefore = before.keySet().stream().filter(after::containsKey).toList();
        List<String> commonAfter = after.keySet().stream().filter(before::containsKey).toList();
        if (!commonBefore.equals(commonAfter)) {
            changes.add(new Change(Change.PARAM_REORDERED, String.join(", ", before.keySet()),
                    String.join(", ", after.keySet())));
        }
        for (String name : commonBefore) {
            Signature.Param was = before.get(name);
            Signature.Param is = after.get(name);
            if (!was.signature().equals(is.signature())) {
                changes.add(new Change(Change.PARAM_TYPE, was.declaration(), is.declaration()));
            }
        }
        if (!old.returnSignature().equals(now.returnSignature())) {
            changes.add(new Change(Change.RETURN_TYPE, old.returnType(), now.returnType()));
        }
        return changes;
    }

    /** Parameters by name, in order; a repeated name keeps its last definition, as a Python dict would. */
    private static Map<String, Signature.Param> byName(Signature signature) {
        Map<String, Signature.Param> params = new LinkedHashMap<>();
        signature.params().forEach(p -> params.put(p.name(), p));
        return params;
    }
}

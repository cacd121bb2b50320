package kgraph.queries.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Compares two images' {@link TypeSet}s kind by kind, as DepSurf's version-pair diff does: names
 * only in one image are added or removed; a common name is changed when its differ finds
 * changes (structs and unions {@link StructDiff}, enums {@link EnumDiff}, tracepoints
 * {@link TracepointDiff}, LSM hooks and kfuncs {@link FunctionDiff}; syscalls are never changed,
 * only added or removed).
 */
public final class TypeSetDiff {

    private TypeSetDiff() {
    }

    /** One {@link KindDiff} per {@link ElementKind}, in the enum's order. */
    public static List<KindDiff> compare(TypeSet old, TypeSet now) {
        return List.of(
                kind(ElementKind.STRUCT, old.structs(), now.structs(), StructDiff::changes),
                kind(ElementKind.UNION, old.unions(), now.unions(), StructDiff::changes),
                kind(ElementKind.ENUM, old.enums(), now.enums(), EnumDiff::changes),
                kind(ElementKind.TRACEPOINT, old.tracepoints(), now.tracepoints(), TracepointDiff::changes),
                kind(ElementKind.LSM_HOOK, old.lsmHooks(), now.lsmHooks(), FunctionDiff::changes),
                kind(ElementKind.KFUNC, old.kfuncs(), now.kfuncs(), FunctionDiff::changes),
                kind(ElementKind.SYSCALL, old.syscalls(), now.syscalls(), (a, b) -> List.of()));
    }

    /** The summary rows of {@link #compare}, by kind. */
    public static Map<ElementKind, Map<String, Long>> summary(TypeSet old, TypeSet now) {
        Map<ElementKind, Map<String, Long>> rows = new TreeMap<>();
        compare(old, now).forEach(k -> rows.put(k.kind(), k.summary()));
        return rows;
    }

    /** Compares one kind of element, keyed by name. */
    public static <T> KindDiff kind(ElementKind kind, Map<String, T> old, Map<String, T> now,
                                    BiFunction<T, T, List<Change>> differ) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<String, List<Change>> changed = new TreeMap<>();
        now.keySet().forEach(name -> {
            if (!old.containsKey(name)) {
                added.add(name);
            }
        });
        old.forEach((name, was) -> {
            T is = now.get(name);
            if (is == null) {
                removed.add(name);
                return;
            }
            List<Change> changes = differ.apply(was, is);
            if (!changes.isEmpty()) {
                changed.put(name, List.copyOf(changes));
            }
        });
        added.sort(null);
        removed.sort(null);
        return new KindDiff(kind, old.size(), now.size(), added, removed, changed);
    }
}

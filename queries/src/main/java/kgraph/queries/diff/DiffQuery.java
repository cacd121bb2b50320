package kgraph.queries.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;

/** Differences of functions, types and hooks between any two imported images. */
public final class DiffQuery {

    private static final NamedQuery PROTOTYPES = NamedQuery.load("diff/prototypes");
    private static final NamedQuery IMAGE_EXISTS = NamedQuery.load("diff/image-exists");

    private final GraphExecutor graph;

    public DiffQuery(GraphExecutor graph) {
        this.graph = graph;
    }

    /** Struct, union, enum, tracepoint, LSM hook, kfunc and syscall changes for the whole kernel, kind by kind. */
    public List<KindDiff> typeSummary(String from, String to) {
        requireImage(from);
        requireImage(to);
        TypeSetReader reader = new TypeSetReader(graph);
        return TypeSetDiff.compare(reader.read(from, null, null), reader.read(to, null, null));
    }

    /** What changed for one type or hook of the given kind. */
    public ElementDifference element(ElementKind kind, String name, String from, String to) {
        requireImage(from);
        requireImage(to);
        TypeSetReader reader = new TypeSetReader(graph);
        TypeSet old = reader.read(from, kind.graphLabel(), name);
        TypeSet now = reader.read(to, kind.graphLabel(), name);
        KindDiff diff = TypeSetDiff.compare(old, now).stream().filter(k -> k.kind() == kind).findFirst()
                .orElseThrow();
        boolean inOld = diff.oldCount() > 0;
        boolean inNew = diff.newCount() > 0;
        return new ElementDifference(kind.label(), name, from, to, inOld, inNew,
                diff.changed().getOrDefault(name, List.of()));
    }

    /** What changed for one function; empty when nothing did. */
    public FunctionDifference function(String name, String from, String to) {
        Signature old = prototypes(from, name).get(name);
        Signature now = prototypes(to, name).get(name);
        return new FunctionDifference(name, from, to, old, now,
                old != null && now != null ? FunctionDiff.changes(old, now) : List.of());
    }

    /** Every function both images have a prototype for and whose prototype changed, by name. */
    public List<FunctionDifference> changed(String from, String to) {
        return compare(from, to).changed();
    }

    public DiffSummary summary(String from, String to) {
        Comparison comparison = compare(from, to);
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (String category : List.of(Change.PARAM_ADDED, Change.PARAM_REMOVED, Change.PARAM_REORDERED,
                Change.PARAM_TYPE, Change.RETURN_TYPE)) {
            byCategory.put(category, 0L);
        }
        for (FunctionDifference difference : comparison.changed()) {
            new TreeSet<>(difference.changes().stream().map(Change::category).toList())
                    .forEach(category -> byCategory.merge(category, 1L, Long::sum));
        }
        Map<String, Map<String, Long>> types = new LinkedHashMap<>();
        typeSummary(from, to).forEach(kind -> types.put(kind.kind().label(), kind.summary()));
        return new DiffSummary(from, to, comparison.common(), comparison.onlyBefore(), comparison.onlyAfter(),
                comparison.changed().size(), byCategory, types);
    }

    private record Comparison(long common, long onlyBefore, long onlyAfter, List<FunctionDifference> changed) {
    }

    private Comparison compare(String from, String to) {
        Map<String, Signature> before = prototypes(from, null);
        Map<String, Signature> after = prototypes(to, null);
        long common = 0;
        List<FunctionDifference> changed = new ArrayList<>();
        for (String name : new TreeSet<>(before.keySet())) {
            Signature now = after.get(name);
            if (now == null) {
                continue;
            }
            common++;
            List<Change> changes = FunctionDiff.changes(before.get(name), now);
            if (!changes.isEmpty()) {
                changed.add(new FunctionDifference(name, from, to, before.get(name), now, changes));
            }
        }
        return new Comparison(common, before.size() - common, after.size() - common, changed);
    }

    /** Throws, naming the image, when no image of that name is imported. */
    public void requireImage(String image) {
        if (graph.read(IMAGE_EXISTS, Map.of("image", image)).isEmpty()) {
            throw new IllegalArgumentException("no image named '" + image + "' is imported (see kgraph images)");
        }
    }

    private Map<String, Signature> prototypes(String image, String name) {
        requireImage(image);
        Map<String, Object> params = new HashMap<>();
        params.put("image", image);
        params.put("name", name);
        Map<String, Signature> signatures = new HashMap<>();
        for (Map<String, Object> row : graph.read(PROTOTYPES, params)) {
            Signature signature = Signature.fromRow((String) row.get("name"), row);
            signatures.put(signature.name(), signature);
        }
        return signatures;
    }
}

package kgraph.queries.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kgraph.queries.CallEdge;
import kgraph.queries.CallGraphQuery;
import kgraph.queries.FunctionNotFoundException;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;
import kgraph.queries.diff.Change;
import kgraph.queries.diff.DiffQuery;
import kgraph.queries.diff.ElementKind;
import kgraph.queries.diff.StoredLists;

/**
 * Checks an eBPF program's kernel dependencies on target images: each function, tracepoint,
 * syscall, LSM hook, kfunc, struct field and enum value is looked up in the target, classified as
 * DepSurf does (absent, inlined, renamed, duplicated, colliding), and compared with the image the
 * program runs on today for changes to its prototype, event or field types.
 */
public final class ImpactQuery {

    private static final NamedQuery FUNCTION = NamedQuery.load("impact/function");
    private static final NamedQuery ELEMENT = NamedQuery.load("impact/element");
    private static final NamedQuery SYSCALL = NamedQuery.load("impact/syscall");
    private static final NamedQuery FUNCTION_NAMES = NamedQuery.load("impact/function-names");
    private static final NamedQuery LABELS = NamedQuery.load("impact/labels");
    private static final int ALTERNATIVES = 5;

    private final GraphExecutor graph;
    private final DiffQuery diff;
    private final CallGraphQuery calls;
    private final Map<String, Map<String, Object>> holdings = new HashMap<>();

    public ImpactQuery(GraphExecutor graph) {
        this.graph = graph;
        this.diff = new DiffQuery(graph);
        this.calls = new CallGraphQuery(graph);
    }

    public List<ImpactRow> check(List<Dependency> dependencies, String from, List<String> targets) {
        diff.requireImage(from);
        targets.forEach(diff::requireImage);
        List<ImpactRow> rows = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            for (String target : targets) {
                rows.add(check(dependency, from, target));
            }
        }
        return rows;
    }

    private ImpactRow check(Dependency d, String from, String target) {
        Finding finding = switch (d.kind()) {
            case "FUNCTION", "KFUNC" -> function(d.name(), from, target);
            case "ITERATOR" -> function("bpf_iter_" + d.name(), from, target);
            case "FUNCTION_PATTERN" -> pattern(d.name(), target);
            case "TRACEPOINT" -> element(ElementKind.TRACEPOINT, "Tracepoint", d.name(), from, target);
            case "LSM_HOOK" -> element(ElementKind.LSM_HOOK, "LsmHook", d.name(), from, target);
            case "SYSCALL" -> syscall(d.name(), target);
            case "STRUCT_FIELD" -> field(d, from, target);
            case "TYPE" -> type(d, target);
            case "ENUM_VALUE" -> enumValue(d, from, target);
            case "USER_SPACE" -> Finding.of(Verdict.OUTSIDE_KERNEL);
            default -> Finding.of(Verdict.UNKNOWN);
        };
        return new ImpactRow(d.kind(), d.name(), d.detail(), target, finding.verdicts, finding.changes,
                finding.alternatives, d.programs());
    }

    /** What was found for one dependency on one image. */
    private static final class Finding {
        final List<Verdict> verdicts = new ArrayList<>();
        final List<String> changes = new ArrayList<>();
        final List<String> alternatives = new ArrayList<>();

        static Finding of(Verdict verdict, String... changes) {
            Finding finding = new Finding();
            finding.verdicts.add(verdict);
            finding.changes.addAll(List.of(changes));
            return finding;
        }
    }

    private Finding function(String name, String from, String target) {
        Map<String, Object> facts = facts(target, name);
        if (facts == null) {
            Finding absent = Finding.of(Verdict.ABSENT);
            absent.alternatives.addAll(presentCallers(name, from, target, CallGraphQuery.ALL_KINDS));
            return absent;
        }
        Finding finding = new Finding();
        String collision = (String) facts.get("collision");
        String inline = (String) facts.get("inline");
        if ("Static Duplication".equals(collision)) {
            finding.verdicts.add(Verdict.DUPLICATE);
        } else if (collision != null && collision.endsWith("Collision")) {
            finding.verdicts.add(Verdict.COLLISION);
        }
        if ("Full".equals(inline)) {
            finding.verdicts.add(Verdict.FULL_INLINE);
        } else if ("Selective".equals(inline)) {
            finding.verdicts.add(Verdict.SELECTIVE_INLINE);
        }
        if (Boolean.TRUE.equals(facts.get("transformed"))) {
            finding.verdicts.add(Verdict.TRANSFORMATION);
            @SuppressWarnings("unchecked")
            List<String> symbols = (List<String>) facts.get("symbols");
            finding.changes.add("symbols: " + String.join(", ", symbols));
        }
        if (facts.get("returnSignature") != null) {
            List<Change> changes = diff.function(name, from, target).changes();
            if (!changes.isEmpty()) {
                finding.verdicts.add(Verdict.CHANGED);
                changes.forEach(c -> finding.changes.add(c.category() + ". " + c.detail()));
            }
        }
        if (finding.verdicts.contains(Verdict.FULL_INLINE) || finding.verdicts.contains(Verdict.SELECTIVE_INLINE)) {
            finding.alternatives.addAll(presentCallers(name, target, target, List.of("INLINES")));
        }
        if (facts.get("module") != null) {
            finding.changes.add("in module " + facts.get("module")
                    + (Boolean.FALSE.equals(facts.get("loadable")) ? " (built in)" : " (loadable)"));
        }
        if (finding.verdicts.isEmpty()) {
            finding.verdicts.add(collision == null && inline == null ? Verdict.UNKNOWN : Verdict.OK);
            if (collision == null && inline == null) {
                finding.changes.add("present; inlining and collisions unknown (BTF only)");
            }
        }
        return finding;
    }

    /**
     * Callers of {@code name} in image {@code where} (of the given edge kinds: an inlined function's
     * inliners hold the calls a hook on it misses) that {@code target} has out of line: hook points instead.
     */
    private List<String> presentCallers(String name, String where, String target, List<String> kinds) {
        List<CallEdge> edges;
        try {
            edges = calls.callers(name, where, 1, kinds);
        } catch (FunctionNotFoundException e) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (CallEdge edge : edges) {
            if (!edge.resolved() || edge.from().equals(name) || names.size() >= ALTERNATIVES) {
                continue;
            }
            Map<String, Object> facts = facts(target, edge.from());
            if (facts != null && !"Full".equals(facts.get("inline"))) {
                names.add(edge.from());
            }
        }
        return List.copyOf(names);
    }

    private Map<String, Object> facts(String image, String function) {
        List<Map<String, Object>> rows = graph.read(FUNCTION, Map.of("image", image, "name", function));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Finding pattern(String glob, String target) {
        String regex = glob.replace(".", "\\.").replace("?", ".").replace("*", ".*");
        int matches = graph.read(FUNCTION_NAMES, Map.of("image", target, "pattern", regex)).size();
        return matches == 0 ? Finding.of(Verdict.ABSENT) : Finding.of(Verdict.OK, matches + " functions match");
    }

    private Finding element(ElementKind kind, String label, String name, String from, String target) {
        if (!holds(target, label)) {
            return Finding.of(Verdict.UNKNOWN, "image imported without " + kind.label() + " facts");
        }
        if (element(target, label, name) == null) {
            return Finding.of(Verdict.ABSENT);
        }
        List<Change> changes = diff.element(kind, name, from, target).changes();
        if (changes.isEmpty()) {
            return Finding.of(Verdict.OK);
        }
        return Finding.of(Verdict.CHANGED, changes.stream().map(c -> c.category() + ". " + c.detail())
                .toArray(String[]::new));
    }

    private Finding syscall(String name, String target) {
        if (!Boolean.TRUE.equals(holding(target).get("syscalls"))) {
            return Finding.of(Verdict.UNKNOWN, "image imported without its syscall table");
        }
        return graph.read(SYSCALL, Map.of("image", target, "name", name)).isEmpty()
                ? Finding.of(Verdict.ABSENT) : Finding.of(Verdict.OK);
    }

    /** Every member on the way to the field must be there, with the type it had on the image of today. */
    private Finding field(Dependency d, String from, String target) {
        if (!holds(target, "STRUCT")) {
            return Finding.of(Verdict.UNKNOWN, "image imported without struct layouts");
        }
        Finding finding = new Finding();
        for (int i = 0; i < d.steps().size(); i++) {
            Dependency.FieldStep step = d.steps().get(i);
            Map<String, Object> now = struct(target, step.owner());
            if (now == null && i > 0 && struct(from, step.owner()) == null) {
                // A typedef of an unnamed struct (kuid_t): stored under no name of its own, in either image;
                // the member that holds it was compared by type one step before.
                continue;
            }
            if (now == null) {
                return Finding.of(Verdict.ABSENT, step.owner() + " is not in " + target);
            }
            int at = StoredLists.strings(now.get("fieldNames")).indexOf(step.member());
            if (at < 0) {
                return Finding.of(Verdict.ABSENT, step.owner() + "." + step.member() + " was removed");
            }
            Map<String, Object> was = struct(from, step.owner());
            int before = was == null ? -1 : StoredLists.strings(was.get("fieldNames")).indexOf(step.member());
            if (before >= 0 && !StoredLists.strings(was.get("fieldSignatures")).get(before)
                    .equals(StoredLists.strings(now.get("fieldSignatures")).get(at))) {
                finding.changes.add(step.owner() + "." + step.member() + ": "
                        + StoredLists.strings(was.get("fieldDeclarations")).get(before) + " ➡️ "
                        + StoredLists.strings(now.get("fieldDeclarations")).get(at));
            }
        }
        finding.verdicts.add(finding.changes.isEmpty() ? Verdict.OK : Verdict.CHANGED);
        return finding;
    }

    private Finding type(Dependency d, String target) {
        String declaration = d.detail() == null ? d.name() : d.detail();
        boolean isEnum = declaration.startsWith("enum ");
        String label = isEnum ? "Enum" : declaration.startsWith("union ") ? "UNION" : "STRUCT";
        if (!holds(target, label)) {
            return Finding.of(Verdict.UNKNOWN, "image imported without " + label.toLowerCase() + " facts");
        }
        String name = declaration.replaceFirst("^(struct|union|enum) ", "");
        boolean present = isEnum ? element(target, "Enum", name) != null : struct(target, name) != null;
        return Finding.of(present ? Verdict.OK : Verdict.ABSENT);
    }

    private Finding enumValue(Dependency d, String from, String target) {
        if (!holds(target, "Enum")) {
            return Finding.of(Verdict.UNKNOWN, "image imported without enum facts");
        }
        Map<String, Object> now = element(target, "Enum", d.enumType());
        int at = now == null ? -1 : StoredLists.strings(now.get("valueNames")).indexOf(d.name());
        if (at < 0) {
            return Finding.of(Verdict.ABSENT);
        }
        Map<String, Object> was = element(from, "Enum", d.enumType());
        int before = was == null ? -1 : StoredLists.strings(was.get("valueNames")).indexOf(d.name());
        if (before >= 0) {
            Object old = StoredLists.numbers(was.get("values")).get(before);
            Object value = StoredLists.numbers(now.get("values")).get(at);
            if (!old.equals(value)) {
                return Finding.of(Verdict.CHANGED, d.name() + ": " + old + " ➡️ " + value);
            }
        }
        return Finding.of(Verdict.OK);
    }

    private Map<String, Object> struct(String image, String name) {
        Map<String, Object> struct = element(image, "STRUCT", name);
        return struct != null ? struct : element(image, "UNION", name);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> element(String image, String kind, String name) {
        List<Map<String, Object>> rows = graph.read(ELEMENT, Map.of("key", image + "/" + kind + ":" + name));
        return rows.isEmpty() ? null : (Map<String, Object>) rows.get(0).get("properties");
    }

    private boolean holds(String image, String label) {
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) holding(image).get("labels");
        return labels.contains(label);
    }

    private Map<String, Object> holding(String image) {
        return holdings.computeIfAbsent(image, i -> graph.read(LABELS, Map.of("image", i)).get(0));
    }
}

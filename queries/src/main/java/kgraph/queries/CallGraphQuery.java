package kgraph.queries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;

/**
 * Walks the call graph of one image or all images. Deeper walks repeat a one-step query over
 * the frontier, so the depth never has to be written into Cypher text.
 */
public final class CallGraphQuery {

    public static final List<String> ALL_KINDS = List.of("CALLS", "INLINES");

    private static final NamedQuery CALLERS = NamedQuery.load("callers");
    private static final NamedQuery CALLEES = NamedQuery.load("callees");

    private final GraphExecutor graph;
    private final FunctionLookup lookup;

    public CallGraphQuery(GraphExecutor graph) {
        this.graph = graph;
        this.lookup = new FunctionLookup(graph);
    }

    /** Callers up to {@code depth} levels; each caller is expanded once, at its shallowest depth. */
    public List<CallEdge> callers(String function, String image, int depth, List<String> kinds) {
        return walk(CALLERS, function, image, depth, kinds, true);
    }

    /** What the function calls or has inlined into it, up to {@code depth} levels. */
    public List<CallEdge> callees(String function, String image, int depth, List<String> kinds) {
        return walk(CALLEES, function, image, depth, kinds, false);
    }

    /** Direct and inline callers of exactly these definitions. */
    List<CallEdge> callersOf(List<String> keys) {
        return step(CALLERS, keys, ALL_KINDS, 1);
    }

    private List<CallEdge> walk(NamedQuery query, String function, String image, int depth, List<String> kinds,
                                boolean upwards) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, was " + depth);
        }
        List<String> frontier = lookup.instanceKeys(function, image);
        Set<String> seen = new HashSet<>(frontier);
        List<CallEdge> edges = new ArrayList<>();
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            List<CallEdge> found = step(query, frontier, kinds, level);
            edges.addAll(found);
            Set<String> next = new LinkedHashSet<>();
            for (CallEdge edge : found) {
                String reached = upwards ? edge.fromKey() : edge.toKey();
                if (seen.add(reached)) {
                    next.add(reached);
                }
            }
            frontier = new ArrayList<>(next);
        }
        return edges;
    }

    private List<CallEdge> step(NamedQuery query, List<String> keys, List<String> kinds, int level) {
        return graph.read(query, Map.of("keys", keys, "kinds", kinds)).stream()
                .map(row -> new CallEdge(level, Rows.string(row, "image"),
                        Rows.string(row, "caller"), Rows.string(row, "callerFile"),
                        Rows.string(row, "callee"), Rows.string(row, "calleeFile"),
                        Rows.string(row, "kind"), Rows.number(row, "sites"), Rows.number(row, "firstSite"),
                        Rows.number(row, "tailSites"),
                        Boolean.TRUE.equals(row.get("resolved")),
                        Rows.string(row, "callerKey"), Rows.string(row, "calleeKey")))
                .toList();
    }
}

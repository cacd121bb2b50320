package kgraph.queries;

import java.util.List;
import java.util.Map;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;

/** Where a function is, image by image, with DepSurf's status labels. */
public final class PresenceQuery {

    private static final NamedQuery PRESENCE = NamedQuery.load("presence");

    private final GraphExecutor graph;
    private final FunctionLookup lookup;

    public PresenceQuery(GraphExecutor graph) {
        this.graph = graph;
        this.lookup = new FunctionLookup(graph);
    }

    /** One row per imported image; throws when no image has the function at all. */
    public List<PresenceRow> presence(String function) {
        List<PresenceRow> rows = distinctLabels(graph.read(PRESENCE, Map.of("name", function)).stream()
                .map(PresenceQuery::toRow)
                .toList());
        if (rows.stream().noneMatch(PresenceRow::present)) {
            throw lookup.notFound(function, null);
        }
        return rows;
    }

    /**
     * DepSurf labels an image by what sets it apart in its group (version, arch or flavor); when
     * two imported images share a label, say 6.1 and 6.12 cloud kernels, they go by their names.
     */
    private static List<PresenceRow> distinctLabels(List<PresenceRow> rows) {
        Map<String, Long> uses = rows.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> r.group() + "/" + r.label(), java.util.stream.Collectors.counting()));
        return rows.stream()
                .map(r -> uses.get(r.group() + "/" + r.label()) == 1 ? r : new PresenceRow(r.image(), r.group(),
                        r.image(), r.present(), r.collision(), r.inline(), r.transformed(), r.status(), r.module(),
                        r.loadable()))
                .toList();
    }

    private static PresenceRow toRow(Map<String, Object> row) {
        boolean present = Boolean.TRUE.equals(row.get("present"));
        String collision = Rows.string(row, "collision");
        String inline = Rows.string(row, "inline");
        Boolean transformed = Rows.bool(row, "transformed");
        return new PresenceRow(Rows.string(row, "image"), Rows.string(row, "group"), Rows.string(row, "label"),
                present, collision, inline, transformed,
                present ? FunctionStatus.labels(collision, inline, transformed) : List.of(),
                Rows.string(row, "module"), Rows.bool(row, "loadable"));
    }
}

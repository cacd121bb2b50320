package kgraph.queries;

import java.util.List;
import java.util.Map;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;

/** What is imported. */
public final class ImageQueries {

    private static final NamedQuery IMAGES = NamedQuery.load("images");

    private final GraphExecutor graph;

    public ImageQueries(GraphExecutor graph) {
        this.graph = graph;
    }

    public List<ImageSummary> images() {
        return graph.read(IMAGES, Map.of()).stream()
                .map(row -> new ImageSummary(Rows.string(row, "image"), Rows.string(row, "version"),
                        Rows.string(row, "revision"), Rows.string(row, "flavor"), Rows.string(row, "arch"),
                        Rows.string(row, "group"), Rows.string(row, "label"), Rows.string(row, "source"),
                        Rows.string(row, "compiler"), Rows.number(row, "functions"), Rows.number(row, "instances"),
                        Rows.number(row, "symbols"), Rows.number(row, "callEdges"),
                        Rows.number(row, "unresolvedCallers"), Rows.number(row, "syscalls"),
                        Rows.number(row, "configOptions"), Rows.number(row, "types"), Rows.number(row, "modules")))
                .toList();
    }
}

package kgraph.importer.neo4j;

import java.util.List;
import java.util.Map;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraph.CallKind;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;
import kgraph.queries.api.QueryRunner;

/**
 * Writes one image through Cypher in a single transaction: an existing image of the same name
 * is replaced, and a failure or a kill leaves nothing of the new one behind.
 */
public final class TransactionalImageWriter {

    private static final int BATCH = 10_000;

    private static final NamedQuery DELETE_IMAGE = NamedQuery.load("import/delete-image");
    private static final NamedQuery FUNCTIONS = NamedQuery.load("import/functions");
    private static final NamedQuery FILES = NamedQuery.load("import/files");
    private static final NamedQuery GROUPS = NamedQuery.load("import/groups");
    private static final NamedQuery INSTANCES = NamedQuery.load("import/instances");
    private static final NamedQuery UNRESOLVED = NamedQuery.load("import/unresolved-callers");
    private static final NamedQuery SYMBOLS = NamedQuery.load("import/symbols");
    private static final NamedQuery CALLS = NamedQuery.load("import/calls");
    private static final NamedQuery INLINES = NamedQuery.load("import/inlines");

    private final GraphExecutor graph;

    public TransactionalImageWriter(GraphExecutor graph) {
        this.graph = graph;
    }

    public void write(ImageGraph image) {
        String name = image.image().name();
        graph.write(tx -> {
            tx.run(DELETE_IMAGE, Map.of("image", name));
            ImageMetadataWriter.write(tx, image);
            batched(tx, FUNCTIONS, "names", name, image.functions());
            batched(tx, FILES, "paths", name, image.files());
            batched(tx, GROUPS, "rows", name, RecordMaps.of(image.groups()));
            batched(tx, INSTANCES, "rows", name,
                    RecordMaps.of(image.instances().stream().filter(ImageGraph.InstanceRow::resolved).toList()));
            batched(tx, UNRESOLVED, "rows", name,
                    RecordMaps.of(image.instances().stream().filter(i -> !i.resolved()).toList()));
            batched(tx, SYMBOLS, "rows", name, RecordMaps.of(image.symbols()));
            batched(tx, CALLS, "rows", name, callRows(image, CallKind.CALLS));
            batched(tx, INLINES, "rows", name, callRows(image, CallKind.INLINES));
        });
    }

    private static List<Map<String, Object>> callRows(ImageGraph image, CallKind kind) {
        return image.calls().stream()
                .filter(call -> call.kind() == kind)
                .map(call -> Map.<String, Object>of("from", call.fromKey(), "to", call.toKey(),
                        "sites", call.sites(), "firstSite", call.firstSite()))
                .toList();
    }

    private static void batched(QueryRunner tx, NamedQuery query, String parameter, String image, List<?> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<?> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            tx.run(query, Map.of("image", image, parameter, batch));
        }
    }
}

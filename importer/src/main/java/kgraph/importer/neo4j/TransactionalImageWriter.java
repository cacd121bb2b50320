package kgraph.importer.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * <p>New nodes are linked by the element ids their CREATE or MERGE returns, not by index
 * lookups: once the old image is deleted in the same transaction, each index seek has to merge
 * every deletion first, which would make a replace quadratic.
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
    private static final NamedQuery TYPES = NamedQuery.load("import/types");
    private static final NamedQuery MODULES = NamedQuery.load("import/modules");
    private static final NamedQuery IN_MODULE = NamedQuery.load("import/in-module");

    private final GraphExecutor graph;

    public TransactionalImageWriter(GraphExecutor graph) {
        this.graph = graph;
    }

    public void write(ImageGraph image) {
        String name = image.image().name();
        graph.write(tx -> {
            // Shared nodes first: after the delete below, every index seek in this transaction slows down.
            Map<String, String> functionIds = new HashMap<>();
            Map<String, String> fileIds = new HashMap<>();
            batched(tx, FUNCTIONS, "names", name, image.functions(), functionIds);
            batched(tx, FILES, "paths", name, image.files(), fileIds);
            tx.run(DELETE_IMAGE, Map.of("image", name));
            ImageMetadataWriter.write(tx, image);
            Map<String, String> ids = new HashMap<>();
            List<Map<String, Object>> groups = RecordMaps.of(image.groups());
            groups.forEach(row -> row.put("functionId", functionIds.get((String) row.get("name"))));
            batched(tx, GROUPS, "rows", name, groups, ids);
            List<Map<String, Object>> instances = withGroupIds(
                    image.instances().stream().filter(ImageGraph.InstanceRow::resolved).toList(), ids);
            instances.forEach(row -> row.put("fileId", fileIds.get((String) row.get("file"))));
            batched(tx, INSTANCES, "rows", name, instances, ids);
            batched(tx, UNRESOLVED, "rows", name,
                    RecordMaps.of(image.instances().stream().filter(i -> !i.resolved()).toList()), ids);
            batched(tx, SYMBOLS, "rows", name, withGroupIds(image.symbols(), ids), ids);
            batched(tx, CALLS, "rows", name, callRows(image, CallKind.CALLS, ids), ids);
            batched(tx, INLINES, "rows", name, callRows(image, CallKind.INLINES, ids), ids);
            batched(tx, TYPES, "rows", name, RecordMaps.of(image.types()), ids);
            batched(tx, MODULES, "rows", name, RecordMaps.of(image.modules().modules()), ids);
            List<Map<String, Object>> members = new ArrayList<>();
            image.modules().members().forEach(m -> members.add(Map.of("group", ids.get(m.groupKey()),
                    "module", ids.get(m.moduleKey()))));
            batched(tx, IN_MODULE, "rows", name, members, ids);
        });
    }

    private static List<Map<String, Object>> withGroupIds(List<? extends Record> rows, Map<String, String> ids) {
        List<Map<String, Object>> maps = RecordMaps.of(rows);
        maps.forEach(row -> row.put("groupId", ids.get((String) row.get("groupKey"))));
        return maps;
    }

    private static List<Map<String, Object>> callRows(ImageGraph image, CallKind kind, Map<String, String> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        image.calls().stream()
                .filter(call -> call.kind() == kind)
                .forEach(call -> rows.add(Map.of("from", ids.get(call.fromKey()), "to", ids.get(call.toKey()),
                        "sites", call.sites(), "firstSite", call.firstSite(), "tailSites", call.tailSites())));
        return rows;
    }

    /** Runs {@code query} over {@code rows} in batches, remembering the element id of every node it creates. */
    private static void batched(QueryRunner tx, NamedQuery query, String parameter, String image, List<?> rows,
                                Map<String, String> ids) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<?> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            for (Map<String, Object> created : tx.run(query, Map.of("image", image, parameter, batch))) {
                ids.put((String) created.get("key"), (String) created.get("id"));
            }
        }
    }
}

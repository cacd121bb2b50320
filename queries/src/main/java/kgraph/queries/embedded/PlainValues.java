package kgraph.queries.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kgraph.queries.api.PlainValueConverter;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;

/** Turns embedded results into plain maps, lists and scalars that outlive the transaction. */
final class PlainValues extends PlainValueConverter {

    private static final PlainValues INSTANCE = new PlainValues();

    private PlainValues() {
    }

    static Map<String, Object> row(List<String> columns, Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (String column : columns) {
            plain.put(column, INSTANCE.of(row.get(column)));
        }
        return plain;
    }

    @Override
    protected Object entity(Object value) {
        if (value instanceof Node node) {
            List<String> labels = new ArrayList<>();
            for (Label label : node.getLabels()) {
                labels.add(label.name());
            }
            return node(labels, node.getAllProperties());
        }
        if (value instanceof Relationship rel) {
            return relationship(rel.getType().name(), rel.getAllProperties());
        }
        if (value instanceof Path path) {
            List<Object> steps = new ArrayList<>();
            for (Entity entity : path) {
                steps.add(of(entity));
            }
            return steps;
        }
        return null;
    }
}

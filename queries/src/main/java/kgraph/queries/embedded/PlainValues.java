package kgraph.queries.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;

/** Turns embedded results into plain maps, lists and scalars that outlive the transaction. */
final class PlainValues {

    private PlainValues() {
    }

    static Map<String, Object> row(List<String> columns, Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (String column : columns) {
            plain.put(column, of(row.get(column)));
        }
        return plain;
    }

    static Object of(Object value) {
        if (value instanceof Node node) {
            Map<String, Object> map = new LinkedHashMap<>();
            List<String> labels = new ArrayList<>();
            for (Label label : node.getLabels()) {
                labels.add(label.name());
            }
            map.put("labels", labels);
            map.put("properties", properties(node));
            return map;
        }
        if (value instanceof Relationship rel) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", rel.getType().name());
            map.put("properties", properties(rel));
            return map;
        }
        if (value instanceof Path path) {
            List<Object> steps = new ArrayList<>();
            for (Entity entity : path) {
                steps.add(of(entity));
            }
            return steps;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), of(v)));
            return plain;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> plain = new ArrayList<>();
            list.forEach(v -> plain.add(of(v)));
            return plain;
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> plain = new ArrayList<>();
            int n = java.lang.reflect.Array.getLength(value);
            for (int i = 0; i < n; i++) {
                plain.add(of(java.lang.reflect.Array.get(value, i)));
            }
            return plain;
        }
        return value;
    }

    /** Sorted by key: the store keeps no property order, and output should not change between runs. */
    private static Map<String, Object> properties(Entity entity) {
        Map<String, Object> map = new TreeMap<>();
        entity.getAllProperties().forEach((k, v) -> map.put(k, of(v)));
        return map;
    }
}

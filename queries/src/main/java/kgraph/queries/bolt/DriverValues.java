package kgraph.queries.bolt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Turns driver records into the same plain maps, lists and scalars the embedded executor
 * returns, so a query's rows do not depend on how the database was reached.
 */
final class DriverValues {

    private DriverValues() {
    }

    static Map<String, Object> row(Record record) {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (String key : record.keys()) {
            plain.put(key, of(record.get(key).asObject()));
        }
        return plain;
    }

    static Object of(Object value) {
        if (value instanceof Node node) {
            Map<String, Object> map = new LinkedHashMap<>();
            List<String> labels = new ArrayList<>();
            node.labels().forEach(labels::add);
            map.put("labels", labels);
            map.put("properties", properties(node));
            return map;
        }
        if (value instanceof Relationship rel) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", rel.type());
            map.put("properties", properties(rel));
            return map;
        }
        if (value instanceof Path path) {
            List<Object> steps = new ArrayList<>();
            steps.add(of(path.start()));
            for (Path.Segment segment : path) {
                steps.add(of(segment.relationship()));
                steps.add(of(segment.end()));
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
        if (value instanceof byte[] bytes) {
            List<Object> plain = new ArrayList<>(bytes.length);
            for (byte b : bytes) {
                plain.add(b);
            }
            return plain;
        }
        return value;
    }

    /** Sorted by key, as the embedded executor returns them. */
    private static Map<String, Object> properties(Entity entity) {
        Map<String, Object> map = new TreeMap<>();
        entity.asMap().forEach((k, v) -> map.put(k, of(v)));
        return map;
    }
}

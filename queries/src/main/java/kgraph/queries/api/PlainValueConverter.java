package kgraph.queries.api;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns query results into plain maps, lists and scalars that outlive the transaction and look
 * the same however the database was reached: a node becomes {@code {labels, properties}}, a
 * relationship {@code {type, properties}}, a path the list of its nodes and relationships,
 * arrays lists. Each executor says what its own nodes, relationships and paths are.
 */
public abstract class PlainValueConverter {

    public final Object of(Object value) {
        if (value == null) {
            return null;
        }
        Object entity = entity(value);
        if (entity != null) {
            return entity;
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
        if (value.getClass().isArray()) {
            List<Object> plain = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                plain.add(of(Array.get(value, i)));
            }
            return plain;
        }
        return value;
    }

    /** The plain form of a node, relationship or path of this executor, or null for any other value. */
    protected abstract Object entity(Object value);

    protected final Map<String, Object> node(List<String> labels, Map<String, Object> properties) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("labels", labels);
        map.put("properties", sorted(properties));
        return map;
    }

    protected final Map<String, Object> relationship(String type, Map<String, Object> properties) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", type);
        map.put("properties", sorted(properties));
        return map;
    }

    /** Sorted by key: the store keeps no property order, and output should not change between runs. */
    private Map<String, Object> sorted(Map<String, Object> properties) {
        Map<String, Object> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put(k, of(v)));
        return map;
    }
}

package kgraph.importer.neo4j;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns row records into the maps Cypher's {@code UNWIND $rows} takes, one entry per component. */
final class RecordMaps {

    private RecordMaps() {
    }

    static Map<String, Object> of(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(record);
                map.put(component.getName(), value instanceof Enum<?> e ? e.name() : value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return map;
    }

    static List<Map<String, Object>> of(List<? extends Record> records) {
        List<Map<String, Object>> maps = new ArrayList<>(records.size());
        for (Record record : records) {
            maps.add(of(record));
        }
        return maps;
    }
}

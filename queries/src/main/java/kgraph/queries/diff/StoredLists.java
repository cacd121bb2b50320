package kgraph.queries.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * List properties as queries return them: a list, or an array where a driver hands one over,
 * or nothing where the bulk importer stored no property for an empty list.
 */
public final class StoredLists {

    private StoredLists() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> strings(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> numbers(Object value) {
        if (value instanceof long[] array) {
            List<Object> boxed = new ArrayList<>(array.length);
            for (long l : array) {
                boxed.add(l);
            }
            return boxed;
        }
        return value == null ? List.of() : (List<Object>) value;
    }
}

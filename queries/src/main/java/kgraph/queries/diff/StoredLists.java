package kgraph.queries.diff;

import java.util.List;

/**
 * List properties as both executors return them: a list, or nothing where the bulk importer
 * stored no property for an empty list.
 */
public final class StoredLists {

    private StoredLists() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> numbers(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}

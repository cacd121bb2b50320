package kgraph.queries;

import java.util.Map;

/** Typed access to the columns of a result row. */
final class Rows {

    private Rows() {
    }

    static String string(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Boolean bool(Map<String, Object> row, String column) {
        return (Boolean) row.get(column);
    }
}

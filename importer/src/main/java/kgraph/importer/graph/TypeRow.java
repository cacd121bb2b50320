package kgraph.importer.graph;

import java.util.Map;

/**
 * One type or hook of one image as a node: {@code label} is one of {@link TypeRows#LABELS}
 * (Struct, Enum, Tracepoint, LsmHook, Kfunc), {@code properties} its columns as
 * {@link TypeRows#columns} lists them (values are strings, longs, booleans or lists of them).
 */
public record TypeRow(String label, String key, String name, Map<String, Object> properties) {
}

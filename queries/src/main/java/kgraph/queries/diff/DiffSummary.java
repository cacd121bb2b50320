package kgraph.queries.diff;

import java.util.Map;

/**
 * Function prototype changes between two images, kernel-wide: how many functions both have,
 * how many only one has, how many of the common ones changed, and the changes by category
 * (a function counts once in every category it shows); then the same for each kind of type and
 * hook, by DepSurf's label ("Struct", "Tracepoint", ...): counts in each image, elements added,
 * removed and changed, and changed elements by category.
 */
public record DiffSummary(String from, String to, long common, long removed, long added, long changed,
                          Map<String, Long> byCategory, Map<String, Map<String, Long>> types) {
}

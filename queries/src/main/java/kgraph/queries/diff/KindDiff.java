package kgraph.queries.diff;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One kind of element compared between two images: how many each has, the names only the new
 * one has (added) or only the old one (removed), and for common names that changed, their
 * changes.
 */
public record KindDiff(ElementKind kind, int oldCount, int newCount, List<String> added, List<String> removed,
                       Map<String, List<Change>> changed) {

    /**
     * DepSurf's summary row: "Old", "New", then for every change category the number of changed
     * elements showing it (an element counts once per category, however often it shows it), then
     * "Added", "Removed" and "Changed". Categories no element shows are left out.
     */
    public Map<String, Long> summary() {
        Map<String, Long> row = new LinkedHashMap<>();
        row.put("Old", (long) oldCount);
        row.put("New", (long) newCount);
        row.putAll(byCategory());
        row.put(Change.ADDED, (long) added.size());
        row.put(Change.REMOVED, (long) removed.size());
        row.put(Change.CHANGED, (long) changed.size());
        return row;
    }

    /** For every change category, how many changed elements show it. */
    public Map<String, Long> byCategory() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (List<Change> changes : changed.values()) {
            Set<String> categories = new LinkedHashSet<>();
            changes.forEach(c -> categories.add(c.category()));
            categories.forEach(category -> counts.merge(category, 1L, Long::sum));
        }
        return counts;
    }
}

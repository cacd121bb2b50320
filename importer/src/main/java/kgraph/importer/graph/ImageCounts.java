package kgraph.importer.graph;

/** How much of an image was read and what it became. */
public record ImageCounts(
        long groups,
        long instances,
        long symbols,
        long directCallerEntries,
        long inlineCallerEntries,
        long callEdges,
        long unresolvedCallers,
        long unresolvedCallerEntries) {
}

package kgraph.queries;

/** One imported image and what it holds. */
public record ImageSummary(
        String image,
        String version,
        String revision,
        String flavor,
        String arch,
        String group,
        String label,
        String source,
        String compiler,
        long functions,
        long instances,
        long symbols,
        long callEdges,
        long unresolvedCallers,
        long syscalls,
        long configOptions,
        long types,
        long modules) {
}

package kgraph.queries;

/**
 * One caller-callee pair found while walking the call graph. {@code depth} is 1 for direct
 * callers of the function asked about, 2 for their callers, and so on. {@code kind} is
 * {@code CALLS} (a call to an out-of-line copy) or {@code INLINES} (inlined at the site);
 * {@code tailSites} counts the sites that are tail calls (known only from kgraph's own extractor).
 */
public record CallEdge(
        int depth,
        String image,
        String from,
        String fromFile,
        String to,
        String toFile,
        String kind,
        long sites,
        long firstSite,
        long tailSites,
        boolean resolved,
        String fromKey,
        String toKey) {
}

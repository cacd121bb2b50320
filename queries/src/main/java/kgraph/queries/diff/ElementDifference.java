package kgraph.queries.diff;

import java.util.List;

/**
 * One struct, union, enum, tracepoint, LSM hook, kfunc or syscall compared between two images:
 * whether each has it, and the changes in DepSurf's words when both do.
 */
public record ElementDifference(String kind, String name, String from, String to, boolean inOld, boolean inNew,
                                List<Change> changes) {
}

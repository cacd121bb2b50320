package kgraph.queries.diff;

import java.util.List;

/** One function compared between two images; a side is null where the image lacks it or its prototype. */
public record FunctionDifference(String function, String from, String to, Signature old, Signature now,
                                 List<Change> changes) {
}

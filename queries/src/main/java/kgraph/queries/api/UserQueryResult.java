package kgraph.queries.api;

import java.util.List;
import java.util.Map;

/** The rows of a user's Cypher query, with its columns in order. */
public record UserQueryResult(List<String> columns, List<Map<String, Object>> rows) {
}

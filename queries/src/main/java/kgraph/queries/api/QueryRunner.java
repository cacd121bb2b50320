package kgraph.queries.api;

import java.util.List;
import java.util.Map;

/** Runs named queries inside one transaction; rows come back as plain Java values. */
public interface QueryRunner {

    List<Map<String, Object>> run(NamedQuery query, Map<String, Object> parameters);
}

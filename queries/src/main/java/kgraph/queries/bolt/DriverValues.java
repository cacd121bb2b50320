package kgraph.queries.bolt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kgraph.queries.api.PlainValueConverter;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Turns driver records into the same plain maps, lists and scalars the embedded executor
 * returns, so a query's rows do not depend on how the database was reached.
 */
final class DriverValues extends PlainValueConverter {

    private static final DriverValues INSTANCE = new DriverValues();

    private DriverValues() {
    }

    static Map<String, Object> row(Record record) {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (String key : record.keys()) {
            plain.put(key, INSTANCE.of(record.get(key).asObject()));
        }
        return plain;
    }

    @Override
    protected Object entity(Object value) {
        if (value instanceof Node node) {
            List<String> labels = new ArrayList<>();
            node.labels().forEach(labels::add);
            return node(labels, node.asMap());
        }
        if (value instanceof Relationship rel) {
            return relationship(rel.type(), rel.asMap());
        }
        if (value instanceof Path path) {
            List<Object> steps = new ArrayList<>();
            steps.add(of(path.start()));
            for (Path.Segment segment : path) {
                steps.add(of(segment.relationship()));
                steps.add(of(segment.end()));
            }
            return steps;
        }
        return null;
    }
}

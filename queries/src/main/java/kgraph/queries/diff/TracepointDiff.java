package kgraph.queries.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * DepSurf's comparison of two versions of a tracepoint: if the event struct has field changes,
 * "Event changed" followed by them; if the handler's prototype has changes, "Func changed"
 * followed by them. The format string is not compared (DepSurf leaves it out too). A part that is
 * unknown on either side is not compared.
 */
public final class TracepointDiff {

    private TracepointDiff() {
    }

    public static List<Change> changes(TracepointShape old, TracepointShape now) {
        List<Change> changes = new ArrayList<>();
        if (old.struct() != null && now.struct() != null) {
            List<Change> fields = StructDiff.changes(old.struct(), now.struct());
            if (!fields.isEmpty()) {
                changes.add(new Change(Change.EVENT_CHANGED, old.struct().name(), now.struct().name()));
                changes.addAll(fields);
            }
        }
        if (old.func() != null && now.func() != null) {
            List<Change> params = FunctionDiff.changes(old.func(), now.func());
            if (!params.isEmpty()) {
                changes.add(new Change(Change.FUNC_CHANGED, old.func().name(), now.func().name()));
                changes.addAll(params);
            }
        }
        return changes;
    }
}

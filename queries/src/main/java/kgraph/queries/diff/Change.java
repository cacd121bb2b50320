package kgraph.queries.diff;

/**
 * One difference between two versions of a kernel element, in DepSurf's words. For prototypes
 * (functions, LSM hooks, kfuncs) {@code category} is "Param added", "Param removed", "Param
 * reordered", "Param type changed" or "Return type changed"; for structs and unions "Field
 * added", "Field removed" or "Field type changed"; for enums "Value added", "Value removed" or
 * "Value changed"; for tracepoints "Event changed" or "Func changed", each followed by the field or
 * parameter changes behind it; for whole elements "Added", "Removed" or "Changed".
 * {@code old} and {@code now} are what it was and what it is (null where one side has nothing).
 */
public record Change(String category, String old, String now) {

    public static final String PARAM_ADDED = "Param added";
    public static final String PARAM_REMOVED = "Param removed";
    public static final String PARAM_REORDERED = "Param reordered";
    public static final String PARAM_TYPE = "Param type changed";
    public static final String RETURN_TYPE = "Return type changed";

    public static final String FIELD_ADDED = "Field added";
    public static final String FIELD_REMOVED = "Field removed";
    public static final String FIELD_TYPE = "Field type changed";

    public static final String VALUE_ADDED = "Value added";
    public static final String VALUE_REMOVED = "Value removed";
    public static final String VALUE_CHANGED = "Value changed";

    /** The tracepoint's event struct ({@code trace_event_raw_<class>}) changed; field changes follow. */
    public static final String EVENT_CHANGED = "Event changed";
    /** The tracepoint's handler ({@code trace_event_raw_event_<class>}) changed; parameter changes follow. */
    public static final String FUNC_CHANGED = "Func changed";

    /** A whole element appeared, disappeared or changed between two images. */
    public static final String ADDED = "Added";
    public static final String REMOVED = "Removed";
    public static final String CHANGED = "Changed";

    /** The text DepSurf's pages show after the category. */
    public String detail() {
        if (old == null) {
            return now;
        }
        if (now == null) {
            return old;
        }
        return old + " ➡️ " + now;
    }
}

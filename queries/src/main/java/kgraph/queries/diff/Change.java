package kgraph.queries.diff;

/**
 * One difference between two prototypes, in DepSurf's words: {@code category} is "Param added",
 * "Param removed", "Param reordered", "Param type changed" or "Return type changed";
 * {@code old} and {@code now} are what it was and what it is (null where one side has nothing).
 */
public record Change(String category, String old, String now) {

    public static final String PARAM_ADDED = "Param added";
    public static final String PARAM_REMOVED = "Param removed";
    public static final String PARAM_REORDERED = "Param reordered";
    public static final String PARAM_TYPE = "Param type changed";
    public static final String RETURN_TYPE = "Return type changed";

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

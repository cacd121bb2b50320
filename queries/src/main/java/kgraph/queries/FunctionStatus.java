package kgraph.queries;

import java.util.ArrayList;
import java.util.List;

/**
 * DepSurf's status labels for a function in one image: what makes a hook on it unreliable
 * there. No label means it is safe to attach to.
 */
public final class FunctionStatus {

    public static final String ABSENT = "Absent";

    private FunctionStatus() {
    }

    /** The labels for what is known; a null fact (an image imported from BTF alone) adds none. */
    public static List<String> labels(String collision, String inline, Boolean transformed) {
        List<String> labels = new ArrayList<>();
        switch (collision == null ? "" : collision) {
            case "Static Duplication" -> labels.add("Duplicate");
            case "Static-Static Collision", "Static-Global Collision" -> labels.add("Collision");
            default -> { }
        }
        switch (inline == null ? "" : inline) {
            case "Full" -> labels.add("Full Inline");
            case "Selective" -> labels.add("Selective Inline");
            default -> { }
        }
        if (Boolean.TRUE.equals(transformed)) {
            labels.add("Transformation");
        }
        return labels;
    }

    /** The summary DepSurf prints: the labels and a warning sign, or a check mark. */
    public static String summary(List<String> labels) {
        return labels.isEmpty() ? "✅" : String.join(", ", labels) + " ⚠️";
    }
}

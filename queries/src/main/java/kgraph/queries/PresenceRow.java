package kgraph.queries;

import java.util.List;

/** Whether a function is in one image and, if so, DepSurf's facts and status labels for it there. */
public record PresenceRow(
        String image,
        String group,
        String label,
        boolean present,
        String collision,
        String inline,
        Boolean transformed,
        List<String> status) {

    public String summary() {
        if (!present) {
            return FunctionStatus.ABSENT + " ⚠️";
        }
        return collision == null && inline == null ? "Present (BTF only: inlining unknown)" : FunctionStatus.summary(status);
    }
}

package kgraph.queries;

import java.util.List;

/**
 * Whether a function is in one image and, if so, DepSurf's facts and status labels for it there,
 * and the module it lives in ({@code module} null: vmlinux, or an image read without modules).
 */
public record PresenceRow(
        String image,
        String group,
        String label,
        boolean present,
        String collision,
        String inline,
        Boolean transformed,
        List<String> status,
        String module,
        Boolean loadable) {

    public String summary() {
        if (!present) {
            return FunctionStatus.ABSENT + " ⚠️";
        }
        String facts = collision == null && inline == null ? "Present (BTF only: inlining unknown)"
                : FunctionStatus.summary(status);
        return module == null ? facts : facts + " in module " + module + (Boolean.FALSE.equals(loadable)
                ? " (built in)" : " (loadable)");
    }
}

package kgraph.importer.model;

import java.util.Set;

/**
 * DepSurf's per-definition inline status strings (from DW_AT_inline). A definition counts as
 * inlined when the compiler actually inlined it, declared inline or not.
 */
public final class InlineStatus {

    private static final Set<String> KNOWN = Set.of("not declared, not inlined", "not declared, inlined",
            "declared, not inlined", "declared, inlined", "not seen", "seen, unknown");

    private InlineStatus() {
    }

    public static boolean isInlined(String status) {
        if (!KNOWN.contains(status)) {
            throw new IllegalArgumentException("unknown inline status '" + status + "'");
        }
        return status.equals("not declared, inlined") || status.equals("declared, inlined");
    }
}

package kgraph.queries.impact;

/**
 * What a target kernel means for one dependency, in DepSurf's terms, with the consequence an
 * eBPF program meets: it fails to load or attach (error), its program never runs for some or all
 * calls (missing invocation), or it reads the wrong data (stray read).
 */
public enum Verdict {
    OK("OK", null, false),
    ABSENT("Absent", "error: does not load or attach", true),
    FULL_INLINE("Full inline", "error: no symbol to attach to; the code runs only inside its callers", true),
    SELECTIVE_INLINE("Selective inline", "missing invocation: calls inlined into their callers are not seen", true),
    TRANSFORMATION("Transformation", "stray read or error: GCC renamed it (.isra/.constprop/.part) and may have changed its arguments", true),
    DUPLICATE("Duplicate", "missing invocation: only one of several identical copies is attached", true),
    COLLISION("Collision", "missing invocation or stray read: another function has the same name", true),
    CHANGED("Changed", "stray read: the program reads arguments or fields that moved or changed type", true),
    UNKNOWN("Unknown", "not known for this image (imported without the facts to tell)", false),
    OUTSIDE_KERNEL("Outside the kernel", "user space (uprobe/usdt): not part of the kernel's surface", false);

    private final String label;
    private final String consequence;
    private final boolean breaking;

    Verdict(String label, String consequence, boolean breaking) {
        this.label = label;
        this.consequence = consequence;
        this.breaking = breaking;
    }

    public String label() {
        return label;
    }

    public String consequence() {
        return consequence;
    }

    /** Whether a CI gate should stop on it. */
    public boolean breaking() {
        return breaking;
    }
}

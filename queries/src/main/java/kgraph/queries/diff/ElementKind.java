package kgraph.queries.diff;

/** The kinds of kernel elements an eBPF program depends on, labelled as in DepSurf's tables. */
public enum ElementKind {
    STRUCT("Struct"), UNION("Union"), ENUM("Enum"), TRACEPOINT("Tracepoint"), LSM_HOOK("LSM Hook"),
    KFUNC("kfunc"), SYSCALL("Syscall");

    private final String label;

    ElementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package kgraph.queries.diff;

/** The kinds of kernel elements an eBPF program depends on, labelled as in DepSurf's tables. */
public enum ElementKind {
    STRUCT("Struct", "Struct", "struct"), UNION("Union", "Struct", "union"), ENUM("Enum", "Enum", "enum"),
    TRACEPOINT("Tracepoint", "Tracepoint", "tracepoint"), LSM_HOOK("LSM Hook", "LsmHook", "lsm"),
    KFUNC("kfunc", "Kfunc", "kfunc"), SYSCALL("Syscall", "Syscall", "syscall");

    private final String label;
    private final String graphLabel;
    private final String option;

    ElementKind(String label, String graphLabel, String option) {
        this.label = label;
        this.graphLabel = graphLabel;
        this.option = option;
    }

    /** The node label the graph stores it under (structs and unions share Struct). */
    public String graphLabel() {
        return graphLabel;
    }

    /** The word the command line uses for it ({@code --kind lsm}). */
    public String option() {
        return option;
    }

    public static ElementKind fromOption(String option) {
        for (ElementKind kind : values()) {
            if (kind.option.equals(option)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + option + "'");
    }

    public String label() {
        return label;
    }
}

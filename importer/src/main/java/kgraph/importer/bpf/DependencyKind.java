package kgraph.importer.bpf;

/** What an eBPF program needs the kernel to have. */
public enum DependencyKind {
    /** A kernel function a kprobe, kretprobe, fentry, fexit or fmod_ret program attaches to. */
    FUNCTION,
    /** A glob over kernel function names ({@code kprobe.multi/tcp_*}); it cannot be looked up as one name. */
    FUNCTION_PATTERN,
    /** A tracepoint, attached raw ({@code raw_tp}, {@code tp_btf}) or classic ({@code tracepoint/CAT/NAME}). */
    TRACEPOINT,
    /** A system call, by its name without prefix ({@code openat}). */
    SYSCALL,
    /** An LSM hook ({@code file_open}). */
    LSM_HOOK,
    /** A BPF iterator target ({@code task}, {@code bpf_map}), which the kernel registers by name. */
    ITERATOR,
    /** A kernel function the program calls directly, declared {@code __ksym}. */
    KFUNC,
    /** A kernel variable the program reads through a {@code __ksym} extern. */
    KERNEL_VARIABLE,
    /** A member of a kernel struct or union, possibly nested ({@code task_struct.se.vruntime}). */
    STRUCT_FIELD,
    /** A kernel type that must exist (or whose size or id the program asks for). */
    TYPE,
    /** An enumerator that must exist or whose value the program reads. */
    ENUM_VALUE,
    /** A uprobe, uretprobe or USDT probe: it attaches to user space, not to the kernel's surface. */
    USER_SPACE
}

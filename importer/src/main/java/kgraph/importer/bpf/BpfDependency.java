package kgraph.importer.bpf;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One thing an eBPF object needs from the kernel, and the programs that need it (empty for a plain
 * dependency list). {@code name} is what the kernel knows it by: a function, tracepoint, syscall,
 * hook or type name, {@code task_struct.pid} for a field, {@code bpf_func_id.BPF_FUNC_x} for an
 * enumerator, the pattern for a {@link DependencyKind#FUNCTION_PATTERN}.
 */
public record BpfDependency(DependencyKind kind, String name, DependencyDetail detail, SortedSet<String> programs) {

    public BpfDependency {
        programs = Collections.unmodifiableSortedSet(new TreeSet<>(programs));
    }

    @Override
    public String toString() {
        return kind + " " + name + (detail instanceof DependencyDetail.None ? "" : " (" + detail + ")") + " " + programs;
    }
}

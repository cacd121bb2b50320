package kgraph.importer.bpf;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The kernel dependencies of an eBPF object, or of a program not built yet as listed by hand, in a
 * stable order: by kind, then name.
 */
public final class BpfDependencies {

    private static final Comparator<BpfDependency> ORDER = Comparator.comparing(BpfDependency::kind)
            .thenComparing(BpfDependency::name).thenComparing(d -> d.detail().key());

    private final List<BpfDependency> all;

    BpfDependencies(List<BpfDependency> dependencies) {
        this.all = dependencies.stream().sorted(ORDER).toList();
    }

    /**
     * Reads a plain list, one {@code kind name} a line: {@code function vfs_read},
     * {@code tracepoint sched_switch} or {@code tracepoint sched/sched_switch}, {@code syscall openat},
     * {@code lsm file_open}, {@code kfunc bpf_task_acquire}, {@code struct task_struct.pid} (or
     * {@code union NAME.FIELD}), {@code type NAME}, {@code enum NAME.VALUE}, {@code iterator task},
     * {@code variable NAME}, {@code pattern GLOB}. {@code #} starts a comment; blank lines are skipped.
     */
    public static BpfDependencies fromList(Path file) {
        return new BpfDependencies(DependencyListReader.read(file));
    }

    public List<BpfDependency> all() {
        return all;
    }

    public List<BpfDependency> ofKind(DependencyKind kind) {
        return all.stream().filter(d -> d.kind() == kind).toList();
    }

    /** The first dependency of that kind and name (several differ only in how they attach). */
    public Optional<BpfDependency> find(DependencyKind kind, String name) {
        return all.stream().filter(d -> d.kind() == kind && d.name().equals(name)).findFirst();
    }

    public int size() {
        return all.size();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        all.forEach(d -> text.append(d).append('\n'));
        return text.toString();
    }
}

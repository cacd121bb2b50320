package kgraph.queries.impact;

import java.util.List;

/**
 * One thing an eBPF program needs from the kernel. {@code kind} is FUNCTION, FUNCTION_PATTERN,
 * TRACEPOINT, SYSCALL, LSM_HOOK, ITERATOR, KFUNC, KERNEL_VARIABLE, STRUCT_FIELD, TYPE, ENUM_VALUE
 * or USER_SPACE; a struct field comes with the chain of members it goes through
 * ({@code task_struct.real_parent}, then {@code task_struct.tgid}...), an enum value with its enum.
 */
public record Dependency(String kind, String name, String detail, List<FieldStep> steps, String enumType,
                         List<String> programs) {

    /** One member reached on the way to a field: {@code owner} is the struct or union that holds it. */
    public record FieldStep(String owner, String member) {
    }
}

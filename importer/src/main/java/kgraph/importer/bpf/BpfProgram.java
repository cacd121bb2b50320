package kgraph.importer.bpf;

/**
 * One program of an eBPF object: the function {@code name} in program section {@code section}.
 * {@code type} is the program type as libbpf prints it ({@code kprobe}, {@code tracing},
 * {@code tracepoint}, {@code lsm}, {@code xdp}…, or {@code unknown} for a section name libbpf does not
 * recognise); {@code kernelAttachType} the expected attach type libbpf sets ({@code trace_fentry},
 * {@code lsm_mac}…) or null where it sets none; {@code sleepable} for the {@code .s} sections.
 */
public record BpfProgram(String name, String section, String type, String kernelAttachType, boolean sleepable) {
}

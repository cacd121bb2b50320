package kgraph.importer.bpf;

/**
 * One {@code bpf_core_relo} record of {@code .BTF.ext}: the instruction at byte {@code instructionOffset}
 * of program section {@code section} depends on the type {@code typeId} of the object's BTF, reached
 * through {@code accessString} ({@code 0:1:2}). {@code recordOffset} locates the record in {@code .BTF.ext}.
 */
record CoreRelocation(String section, long instructionOffset, int typeId, String accessString,
                      CoreRelocationKind kind, long recordOffset) {
}

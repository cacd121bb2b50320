package kgraph.importer.bpf;

/**
 * One member a CO-RE field access passes through: {@code owner} is the struct or union that has it
 * (through anonymous members, the named type around them; for an anonymous struct behind a typedef,
 * the typedef: {@code atomic_t}), {@code memberType} its C type in the object's BTF.
 */
public record FieldStep(String owner, String member, String memberType) {
}

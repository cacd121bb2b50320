package kgraph.importer.bpf;

/** One dependency before it is charged to programs: what kind, its name, and what else is known. */
record Requirement(DependencyKind kind, String name, DependencyDetail detail) {
}

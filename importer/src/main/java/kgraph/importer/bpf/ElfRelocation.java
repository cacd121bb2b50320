package kgraph.importer.bpf;

/** One entry of a relocation section: the byte {@code offset} in the target section refers to symbol {@code symbol}. */
record ElfRelocation(long offset, int symbol) {
}

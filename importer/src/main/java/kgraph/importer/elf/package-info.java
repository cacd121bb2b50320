/**
 * Reads ELF files such as vmlinux, kernel modules and object files: section headers, symbol tables
 * and section contents, decompressed and with the relocations of unloaded sections applied. Broken
 * input raises {@link kgraph.importer.elf.ElfFormatException} with the file and byte offset.
 */
package kgraph.importer.elf;

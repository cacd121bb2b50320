package kgraph.importer.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import kgraph.importer.dwarf.DebugSections;

/** An ELF file's DWARF sections (a vmlinux's, a module's), decompressed and relocated, for the DWARF reader. */
public record ElfDebugSections(ElfFile elf) implements DebugSections {

    @Override
    public ByteBuffer section(String name) {
        return elf.data(name);
    }

    @Override
    public ByteOrder byteOrder() {
        return elf.byteOrder();
    }

    @Override
    public String source() {
        return elf.source();
    }
}

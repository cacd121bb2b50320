package kgraph.importer.modules;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import kgraph.importer.dwarf.DebugSections;
import kgraph.importer.elf.ElfFile;

/** A module's DWARF sections, decompressed and relocated by the ELF reader (a {@code .ko} is ET_REL). */
record ModuleDebugSections(ElfFile elf) implements DebugSections {

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

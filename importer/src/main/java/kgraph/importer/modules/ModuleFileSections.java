package kgraph.importer.modules;

import java.nio.ByteBuffer;
import java.util.List;
import kgraph.importer.elf.ElfFile;
import kgraph.importer.elf.ElfSection;
import kgraph.importer.elf.ElfSymbol;

/**
 * The parts of a module file that are not DWARF: {@code .modinfo}, {@code .BTF} and the symbol
 * table, each null when the file does not carry it. A detached debug file (objcopy
 * {@code --only-keep-debug}) keeps the headers of the other sections without their bytes, so those
 * count as absent and come from the installed module instead.
 */
record ModuleFileSections(ModInfo modinfo, ByteBuffer btf, List<ElfSymbol> symbols) {

    static final ModuleFileSections NONE = new ModuleFileSections(null, null, null);

    static ModuleFileSections of(ElfFile elf) {
        ByteBuffer modinfo = contents(elf, ".modinfo");
        List<ElfSymbol> symbols = elf.symbols();
        return new ModuleFileSections(modinfo == null ? null : ModInfo.parse(modinfo), contents(elf, ".BTF"),
                symbols.isEmpty() ? null : symbols);
    }

    /** A copy that keeps no reference to the file's bytes, to hold after the file is dropped. */
    ModuleFileSections detached() {
        if (btf == null) {
            return this;
        }
        ByteBuffer copy = ByteBuffer.allocate(btf.remaining()).put(btf.duplicate()).flip();
        return new ModuleFileSections(modinfo, copy, symbols);
    }

    /** Each part from this file where it has it, else from {@code other}. */
    ModuleFileSections or(ModuleFileSections other) {
        return new ModuleFileSections(modinfo != null ? modinfo : other.modinfo, btf != null ? btf : other.btf,
                symbols != null ? symbols : other.symbols);
    }

    private static ByteBuffer contents(ElfFile elf, String name) {
        ElfSection section = elf.section(name).orElse(null);
        if (section == null || !section.hasFileBytes() || section.size() == 0) {
            return null;
        }
        return elf.data(section);
    }
}

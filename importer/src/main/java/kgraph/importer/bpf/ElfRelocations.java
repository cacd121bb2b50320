package kgraph.importer.bpf;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.elf.ElfFile;
import kgraph.importer.elf.ElfSection;

/** Reads the entries of a SHT_REL or SHT_RELA section: the offset each patches and the symbol it names. */
final class ElfRelocations {

    private ElfRelocations() {
    }

    static List<ElfRelocation> read(ElfFile elf, ElfSection section) {
        boolean rela = section.type() == ElfSection.SHT_RELA;
        int entrySize = elf.is64() ? (rela ? 24 : 16) : (rela ? 12 : 8);
        ByteBuffer entries = elf.rawData(section);
        if (entries.remaining() % entrySize != 0) {
            throw BpfFormatException.at(elf.source() + ": section " + section.name(), 0, entries.remaining()
                    + " bytes, not a whole number of " + entrySize + "-byte relocations");
        }
        List<ElfRelocation> relocations = new ArrayList<>();
        for (int at = 0; at < entries.limit(); at += entrySize) {
            if (elf.is64()) {
                relocations.add(new ElfRelocation(entries.getLong(at), (int) (entries.getLong(at + 8) >>> 32)));
            } else {
                relocations.add(new ElfRelocation(Integer.toUnsignedLong(entries.getInt(at)),
                        entries.getInt(at + 4) >>> 8));
            }
        }
        return relocations;
    }
}

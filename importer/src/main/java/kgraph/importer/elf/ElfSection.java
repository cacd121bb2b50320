package kgraph.importer.elf;

/**
 * One section header. {@code flags}, {@code addr}, {@code offset}, {@code size} and {@code entsize}
 * are unsigned; {@code offset} is where the section's bytes start in the file.
 */
public record ElfSection(int index, String name, int type, long flags, long addr, long offset, long size,
                         int link, int info, long entsize) {

    public static final int SHT_NULL = 0;
    public static final int SHT_PROGBITS = 1;
    public static final int SHT_SYMTAB = 2;
    public static final int SHT_STRTAB = 3;
    public static final int SHT_RELA = 4;
    public static final int SHT_NOBITS = 8;
    public static final int SHT_REL = 9;
    public static final int SHT_DYNSYM = 11;
    public static final int SHT_SYMTAB_SHNDX = 18;

    public static final long SHF_ALLOC = 0x2;
    public static final long SHF_COMPRESSED = 0x800;

    public boolean isCompressed() {
        return (flags & SHF_COMPRESSED) != 0;
    }

    /** Whether the section occupies bytes in the file ({@code SHT_NOBITS} sections such as .bss do not). */
    public boolean hasFileBytes() {
        return type != SHT_NOBITS && type != SHT_NULL;
    }

    public boolean isRelocations() {
        return type == SHT_RELA || type == SHT_REL;
    }
}

package kgraph.importer.elf;

/**
 * One entry of an ELF symbol table. {@code value} is unsigned; {@code type}, {@code bind} and
 * {@code visibility} use the ELF names ({@code STT_FUNC}, {@code STB_GLOBAL}, {@code STV_DEFAULT}),
 * {@code section} the name of the section it is defined in, or null when undefined or absolute.
 */
public record ElfSymbol(String name, long value, long size, String type, String bind, String visibility,
                        int sectionIndex, String section) {

    public boolean isFunction() {
        return "STT_FUNC".equals(type);
    }
}

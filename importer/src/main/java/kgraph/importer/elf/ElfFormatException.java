package kgraph.importer.elf;

import kgraph.importer.BadInputException;

/** An ELF file that cannot be read, located by source and byte offset in the file. */
public class ElfFormatException extends BadInputException {

    public ElfFormatException(String source, long offset, String message) {
        super(source + ": offset 0x" + Long.toHexString(offset) + ": " + message);
    }

    public ElfFormatException(String source, long offset, String message, Throwable cause) {
        super(source + ": offset 0x" + Long.toHexString(offset) + ": " + message, cause);
    }
}

package kgraph.importer.dwarf;

import kgraph.importer.BadInputException;

/** DWARF data that cannot be read, located by input, section and byte offset within that section. */
public class DwarfFormatException extends BadInputException {

    public DwarfFormatException(String source, String section, long offset, String message) {
        super(source + ": " + section + " offset 0x" + Long.toHexString(offset) + ": " + message);
    }
}

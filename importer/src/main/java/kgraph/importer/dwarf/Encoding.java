package kgraph.importer.dwarf;

/**
 * The sizes a unit's forms depend on. {@code refAddressSize} is the size of DW_FORM_ref_addr,
 * which DWARF 2 made an address and later versions an offset.
 */
record Encoding(int addressSize, int offsetSize, int refAddressSize) {

    /** Packs the three sizes into a small number, for caches keyed by encoding. */
    int code() {
        return addressSize << 8 | offsetSize << 4 | refAddressSize;
    }
}

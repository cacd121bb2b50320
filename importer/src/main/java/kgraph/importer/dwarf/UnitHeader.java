package kgraph.importer.dwarf;

/**
 * The header of one unit in {@code .debug_info}: where it starts and ends, where its first DIE
 * is, and how its values are encoded.
 */
record UnitHeader(
        int index,
        int offset,
        int end,
        int version,
        int unitType,
        long abbreviationOffset,
        int firstDieOffset,
        Encoding encoding) {

    static final int COMPILE = 0x01;
    static final int TYPE = 0x02;
    static final int PARTIAL = 0x03;
    static final int SKELETON = 0x04;
    static final int SPLIT_COMPILE = 0x05;
    static final int SPLIT_TYPE = 0x06;

    boolean contains(long sectionOffset) {
        return sectionOffset >= offset && sectionOffset < end;
    }

    int length() {
        return end - offset;
    }
}

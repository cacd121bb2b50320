package kgraph.importer.dwarf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The sections this package reads, taken once from {@link DebugSections}. */
final class DwarfSections {

    private final String source;
    private final ByteOrder order;
    private final ByteBuffer info;
    private final ByteBuffer abbrev;
    private final ByteBuffer line;
    private final ByteBuffer strOffsets;
    private final ByteBuffer addr;
    private final StringTable strings;
    private final StringTable lineStrings;

    DwarfSections(DebugSections sections) {
        this.source = sections.source();
        this.order = sections.byteOrder();
        this.info = sections.section(".debug_info");
        this.abbrev = sections.section(".debug_abbrev");
        this.line = sections.section(".debug_line");
        this.strOffsets = sections.section(".debug_str_offsets");
        this.addr = sections.section(".debug_addr");
        this.strings = new StringTable(source, ".debug_str", sections.section(".debug_str"));
        this.lineStrings = new StringTable(source, ".debug_line_str", sections.section(".debug_line_str"));
    }

    String source() {
        return source;
    }

    ByteOrder order() {
        return order;
    }

    ByteBuffer info() {
        return info;
    }

    ByteBuffer abbrev() {
        return abbrev;
    }

    ByteBuffer line() {
        return line;
    }

    ByteBuffer strOffsets() {
        return strOffsets;
    }

    ByteBuffer addr() {
        return addr;
    }

    StringTable strings() {
        return strings;
    }

    StringTable lineStrings() {
        return lineStrings;
    }

    /** A cursor of its own over {@code section}, so threads never share a position. */
    SectionCursor cursor(ByteBuffer section) {
        return new SectionCursor(section, order);
    }
}

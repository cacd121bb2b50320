package kgraph.importer.dwarf;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All units of {@code .debug_info} with the state they share across threads: abbreviation
 * tables cached by offset and the per-unit context, built once on first use, that references
 * into another unit need.
 */
final class DebugInfo {

    private final DwarfSections sections;
    private final List<UnitHeader> headers;
    private final ConcurrentHashMap<Long, AbbreviationTable> abbreviations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, UnitContext> units = new ConcurrentHashMap<>();

    DebugInfo(DebugSections debugSections) {
        this.sections = new DwarfSections(debugSections);
        if (sections.info() == null) {
            throw new DwarfFormatException(sections.source(), ".debug_info", 0, "the file has no .debug_info section");
        }
        this.headers = UnitHeaders.scan(sections.source(), sections.info(), sections.order());
    }

    DwarfSections sections() {
        return sections;
    }

    List<UnitHeader> headers() {
        return headers;
    }

    UnitContext unit(UnitHeader header) {
        return units.computeIfAbsent(header.index(), index -> UnitContext.open(this, header));
    }

    /** The unit holding a DIE at {@code sectionOffset}, or null when no unit does. */
    UnitContext unitContaining(long sectionOffset) {
        UnitHeader header = UnitHeaders.containing(headers, sectionOffset);
        return header == null ? null : unit(header);
    }

    AbbreviationTable abbreviations(UnitHeader header) {
        long key = header.abbreviationOffset() << 12 | header.encoding().code();
        return abbreviations.computeIfAbsent(key, k -> AbbreviationTable.parse(sections.source(), sections.abbrev(),
                sections.order(), header.abbreviationOffset(), header.encoding()));
    }
}

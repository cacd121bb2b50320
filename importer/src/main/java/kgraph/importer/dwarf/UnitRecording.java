package kgraph.importer.dwarf;

import java.util.List;

/** The outcome of walking one unit: its function events in DIE order and its DIE counts. */
record UnitRecording(
        UnitHeader header,
        boolean compileUnit,
        List<FunctionEvent> events,
        long subprograms,
        long inlinedSubroutines,
        long callSites) {
}

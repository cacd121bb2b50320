package kgraph.importer.dwarf;

import java.util.List;

/**
 * Every function definition of a file's DWARF with its callers, plus what was seen on the way:
 * the number of compile units and of subprogram, inlined-subroutine and call-site DIEs
 * (DW_TAG_call_site and DW_TAG_GNU_call_site together) anywhere in {@code .debug_info}.
 * Functions come in DepSurf's order: grouped by name, names in order of first appearance, and
 * within a name in order of creation; the order does not depend on threading.
 */
public record DwarfFunctions(
        List<DwarfFunction> functions,
        int compileUnits,
        long subprogramDies,
        long inlinedSubroutineDies,
        long callSiteDies) {

    public DwarfFunctions {
        functions = List.copyOf(functions);
    }
}

package kgraph.importer.dwarf;

import java.util.List;

/**
 * One definition of a function as DWARF describes it, with DepSurf's meaning of each field:
 * {@code loc} is {@code dir/file:line} of the declaration and {@code file} the compile unit's
 * source (both null for an external function only ever declared), {@code inline} one of
 * DepSurf's six inline-status strings, {@code addr} the unsigned start address (0 when the
 * function has no code of its own), and each caller a {@code cu-source:function} string, once
 * per call site. {@code tailCallers} are the entries of {@code callerFunc} whose call site is a
 * tail call.
 */
public record DwarfFunction(
        String name,
        boolean external,
        String loc,
        String file,
        String inline,
        long addr,
        List<String> callerInline,
        List<String> callerFunc,
        List<String> tailCallers) {
}

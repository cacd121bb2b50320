package kgraph.importer.depsurf;

import java.math.BigInteger;
import java.util.List;
import kgraph.importer.model.Address;
import kgraph.importer.model.InlineStatus;

/**
 * One definition of a function (DepSurf's {@code FuncEntry}): a DWARF subprogram in one
 * compile unit. {@code loc} and {@code file} are null for declaration-only externals.
 * {@code callerTail} lists the entries of {@code callerFunc} that are tail calls; DepSurf does
 * not record them, so it is null in its dataset.
 */
public record FuncEntryRecord(
        BigInteger addr,
        String name,
        Boolean external,
        String loc,
        String file,
        String inline,
        List<String> callerInline,
        List<String> callerFunc,
        List<String> callerTail) {

    void validate(String where) {
        Require.present(addr, where + ".addr");
        Require.present(name, where + ".name");
        Require.present(external, where + ".external");
        Require.present(inline, where + ".inline");
        Require.present(callerInline, where + ".caller_inline");
        Require.present(callerFunc, where + ".caller_func");
        Address.hex(addr);
        InlineStatus.isInlined(inline);
    }
}

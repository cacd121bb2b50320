package kgraph.importer.depsurf;

import java.math.BigInteger;
import kgraph.importer.model.Address;

/** One ELF function symbol whose name, minus GCC's suffixes, is the group's name. */
public record SymbolRecord(BigInteger addr, String name, String section, String bind, Long size) {

    void validate(String where) {
        Require.present(addr, where + ".addr");
        Require.present(name, where + ".name");
        Require.present(bind, where + ".bind");
        Require.present(size, where + ".size");
        Address.hex(addr);
    }
}

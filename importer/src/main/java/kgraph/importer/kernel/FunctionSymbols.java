package kgraph.importer.kernel;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import kgraph.importer.depsurf.SymbolRecord;
import kgraph.importer.elf.ElfSymbol;

/**
 * The function symbols of a kernel, keyed by the name they stand for: GCC's suffixes
 * ({@code .isra.0}, {@code .constprop.0}, {@code .part.0}, {@code .cold}, {@code .localalias})
 * are cut off, so {@code foo.isra.0} counts as a symbol of {@code foo}. The {@code __pfx_}
 * padding that {@code -fpatchable-function-entry} puts before each function is not a function.
 */
public final class FunctionSymbols {

    private static final String PADDING_PREFIX = "__pfx_";

    private FunctionSymbols() {
    }

    public static Map<String, List<SymbolRecord>> byFunctionName(List<ElfSymbol> symbols) {
        Map<String, List<SymbolRecord>> byName = new LinkedHashMap<>();
        for (ElfSymbol symbol : symbols) {
            if (!symbol.isFunction() || symbol.name().startsWith(PADDING_PREFIX)) {
                continue;
            }
            byName.computeIfAbsent(stem(symbol.name()), k -> new ArrayList<>())
                    .add(new SymbolRecord(unsigned(symbol.value()), symbol.name(), symbol.section(), symbol.bind(),
                            symbol.size()));
        }
        return byName;
    }

    /** The name without GCC's suffixes: everything before the first dot. */
    public static String stem(String symbolName) {
        int dot = symbolName.indexOf('.');
        return dot < 0 ? symbolName : symbolName.substring(0, dot);
    }

    static BigInteger unsigned(long value) {
        return new BigInteger(Long.toUnsignedString(value));
    }
}

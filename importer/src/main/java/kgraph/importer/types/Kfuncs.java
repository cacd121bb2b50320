package kgraph.importer.types;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kgraph.importer.btf.BtfKind;
import kgraph.importer.btf.BtfType;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.btf.Prototype;

/**
 * kfuncs: functions the kernel lets BPF programs call. From BTF, the functions a
 * {@code DECL_TAG "bpf_kfunc"} points at (kernels from 6.5 built with pahole 1.26 or later keep
 * these tags; many distribution blobs have none). From ELF symbols, DepSurf's definition: every
 * {@code __BTF_ID__func__<name>__<n>} symbol names a function in a BTF ID set, except the
 * {@code bpf_lsm_*} ones.
 */
public final class Kfuncs {

    static final String TAG = "bpf_kfunc";
    static final String SYMBOL_PREFIX = "__BTF_ID__func__";

    private Kfuncs() {
    }

    /** The names in {@code __BTF_ID__func__<name>__<n>} symbols, in order, without repeats or {@code bpf_lsm_*}. */
    public static Set<String> namesFromSymbols(Iterable<String> symbols) {
        Set<String> names = new LinkedHashSet<>();
        for (String symbol : symbols) {
            if (!symbol.startsWith(SYMBOL_PREFIX) || symbol.contains("bpf_lsm_")) {
                continue;
            }
            String rest = symbol.substring(SYMBOL_PREFIX.length());
            int counter = rest.lastIndexOf("__");
            names.add(counter > 0 ? rest.substring(0, counter) : rest);
        }
        return names;
    }

    /** The prototypes of the kfuncs named by such symbols that have a BTF function. */
    public static Map<String, Prototype> fromSymbols(Iterable<String> symbols, BtfTypes types) {
        BtfIndex index = new BtfIndex(types);
        BtfFunctions functions = new BtfFunctions(types);
        Map<String, Prototype> kfuncs = new TreeMap<>();
        for (String name : namesFromSymbols(symbols)) {
            BtfType func = index.funcs.get(name);
            if (func != null) {
                kfuncs.put(name, functions.of(func));
            }
        }
        return kfuncs;
    }

    static Map<String, Prototype> fromTags(BtfIndex index, BtfFunctions functions) {
        Map<String, Prototype> kfuncs = new TreeMap<>();
        for (BtfType tag : index.declTags) {
            if (!tag.name().equals(TAG)) {
                continue;
            }
            BtfType func = index.types.get(tag.type());
            if (func.kind() == BtfKind.FUNC) {
                kfuncs.putIfAbsent(func.name(), functions.of(func));
            }
        }
        return kfuncs;
    }
}

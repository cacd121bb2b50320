package kgraph.importer.modules;

import java.util.List;
import java.util.Map;
import kgraph.importer.btf.Prototype;
import kgraph.importer.depsurf.SymbolRecord;
import kgraph.importer.dwarf.DwarfFunctions;

/**
 * What one kernel module holds, read with the extractor kgraph uses for vmlinux.
 *
 * @param name          {@code .modinfo}'s {@code name=}, else the file name; '-' written '_' ({@link ModuleNames})
 * @param path          the file in the package or directory it was read from (the debug file when there
 *                      is one); for a built-in module, its path in {@code modules.builtin} (no such file)
 * @param linkage       {@link ModuleLinkage#LOADABLE} for a {@code .ko}; {@link ModuleLinkage#BUILT_IN} for a
 *                      module named by {@code modules.builtin} or {@code modules.builtin.modinfo}
 * @param config        {@code CONFIG_<NAME>=y|m} from the kernel config when one by that name exists, else null
 * @param depends       {@code .modinfo}'s {@code depends=} (the modules whose exports it links against); when
 *                      the module has no {@code .modinfo}, the line of {@code modules.dep}, if any
 * @param license       {@code license=}, or null
 * @param aliases       {@code alias=} values, in order
 * @param modinfo       every {@code .modinfo} string
 * @param exports       its {@code EXPORT_SYMBOL}s
 * @param dwarf         the functions of its DWARF, or null when the module came without debug info
 * @param symbols       its defined function symbols keyed by function name ({@code FunctionSymbols.byFunctionName})
 * @param prototypes    the prototypes of its {@code .BTF} read over the vmlinux BTF; empty when it has no
 *                      {@code .BTF} or no base was given
 * @param functions     the per-function table for the graph
 */
public record ModuleFacts(
        String name,
        String path,
        ModuleLinkage linkage,
        KernelConfig.Setting config,
        List<String> depends,
        String license,
        List<String> aliases,
        ModInfo modinfo,
        List<Export> exports,
        DwarfFunctions dwarf,
        Map<String, List<SymbolRecord>> symbols,
        Map<String, Prototype> prototypes,
        ModuleFunctionTable functions) {

    public ModuleFacts {
        depends = List.copyOf(depends);
        aliases = List.copyOf(aliases);
        exports = List.copyOf(exports);
    }

    public boolean isBuiltin() {
        return linkage == ModuleLinkage.BUILT_IN;
    }

    public boolean hasDebugInfo() {
        return dwarf != null;
    }
}

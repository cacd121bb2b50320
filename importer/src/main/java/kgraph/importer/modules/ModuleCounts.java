package kgraph.importer.modules;

/**
 * What one read of a {@link ModuleSet} handed over: modules by linkage, those read with DWARF,
 * those that could not be read, and over all modules the DWARF functions, the local call sites
 * (calls and inlinings) and the call sites into other images.
 */
public record ModuleCounts(int loadable, int builtin, int withDebugInfo, int failed, long functions,
                           long localCallSites, long importedCallSites) {

    static ModuleCounts add(ModuleCounts counts, ModuleFacts module) {
        boolean debug = module.hasDebugInfo();
        return new ModuleCounts(counts.loadable + (module.isBuiltin() ? 0 : 1),
                counts.builtin + (module.isBuiltin() ? 1 : 0), counts.withDebugInfo + (debug ? 1 : 0), counts.failed,
                counts.functions + (debug ? module.dwarf().functions().size() : 0),
                counts.localCallSites + module.functions().localCalls().size(),
                counts.importedCallSites + module.functions().importedCalls().size());
    }

    ModuleCounts withFailure() {
        return new ModuleCounts(loadable, builtin, withDebugInfo, failed + 1, functions, localCallSites,
                importedCallSites);
    }
}

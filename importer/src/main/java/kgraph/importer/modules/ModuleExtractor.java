package kgraph.importer.modules;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kgraph.importer.btf.BtfReader;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.btf.FunctionPrototypes;
import kgraph.importer.btf.Prototype;
import kgraph.importer.depsurf.SymbolRecord;
import kgraph.importer.dwarf.DwarfFunctionReader;
import kgraph.importer.dwarf.DwarfFunctions;
import kgraph.importer.elf.ElfDebugSections;
import kgraph.importer.elf.ElfFile;
import kgraph.importer.elf.ElfSymbol;
import kgraph.importer.kernel.FunctionSymbols;

/**
 * Extracts one module's facts: DWARF functions and call sites with the reader vmlinux uses (one
 * thread: modules are read in parallel instead), function symbols, exports, {@code .modinfo},
 * and BTF prototypes over the vmlinux BTF.
 */
final class ModuleExtractor {

    private static final String KSYMTAB_PREFIX = "__ksymtab_";

    private final BtfTypes vmlinuxBtf;
    private final ModulesMetadata metadata;

    ModuleExtractor(BtfTypes vmlinuxBtf, ModulesMetadata metadata) {
        this.vmlinuxBtf = vmlinuxBtf;
        this.metadata = metadata;
    }

    /**
     * @param path      the module file's path in its package or directory
     * @param file      the module file to read (with DWARF when there is a debug file), or null
     * @param installed the parts read earlier from the installed module, used where {@code file} lacks them
     */
    ModuleFacts extract(String path, ElfFile file, ModuleFileSections installed) {
        ModuleFileSections own = file == null ? ModuleFileSections.NONE : ModuleFileSections.of(file);
        ModuleFileSections parts = installed == null ? own : own.or(installed);
        ModInfo modinfo = parts.modinfo() == null ? ModInfo.EMPTY : parts.modinfo();
        String name = modinfo.first("name") != null ? ModuleNames.canonical(modinfo.first("name"))
                : ModuleNames.fromPath(path);
        List<ElfSymbol> symbols = parts.symbols() == null ? List.of() : parts.symbols();
        DwarfFunctions dwarf = hasDwarf(file) ? DwarfFunctionReader.read(new ElfDebugSections(file), null, 1) : null;
        Map<String, List<SymbolRecord>> functionSymbols = FunctionSymbols.byFunctionName(symbols);
        ModuleFunctionTable table = dwarf == null ? ModuleFunctionTable.EMPTY
                : ModuleFunctionTable.of(dwarf.functions(), functionSymbols);
        return new ModuleFacts(name, path, ModuleLinkage.LOADABLE, metadata.config().forModule(name).orElse(null),
                depends(name, modinfo), modinfo.first("license"), modinfo.all("alias"), modinfo, exports(symbols),
                dwarf, functionSymbols, prototypes(path, parts.btf()), table);
    }

    /** A module linked into vmlinux: what {@code modules.builtin.modinfo} and the config say of it. */
    ModuleFacts builtin(String name, String path) {
        ModInfo modinfo = metadata.builtinModInfo(name);
        return new ModuleFacts(name, path, ModuleLinkage.BUILT_IN, metadata.config().forModule(name).orElse(null),
                List.of(), modinfo.first("license"), modinfo.all("alias"), modinfo, List.of(), null, Map.of(),
                Map.of(), ModuleFunctionTable.EMPTY);
    }

    /** Checked by header: {@code data()} would relocate a copy of the whole section. */
    private static boolean hasDwarf(ElfFile file) {
        if (file == null) {
            return false;
        }
        return file.section(".debug_info").or(() -> file.section(".zdebug_info"))
                .filter(section -> section.hasFileBytes() && section.size() > 0).isPresent();
    }

    private List<String> depends(String name, ModInfo modinfo) {
        if (!modinfo.all("depends").isEmpty()) {
            return modinfo.depends();
        }
        List<String> fromModulesDep = metadata.dependencies(name);
        return fromModulesDep == null ? List.of() : fromModulesDep;
    }

    private Map<String, Prototype> prototypes(String path, ByteBuffer btf) {
        if (btf == null || vmlinuxBtf == null) {
            return Map.of();
        }
        return FunctionPrototypes.of(BtfReader.read(path + " (.BTF)", btf, vmlinuxBtf));
    }

    static List<Export> exports(List<ElfSymbol> symbols) {
        List<Export> exports = new ArrayList<>();
        for (ElfSymbol symbol : symbols) {
            if (symbol.name().startsWith(KSYMTAB_PREFIX) && symbol.section() != null
                    && !"STT_SECTION".equals(symbol.type())) {
                exports.add(new Export(symbol.name().substring(KSYMTAB_PREFIX.length()),
                        symbol.section().contains("gpl")));
            }
        }
        return exports;
    }
}

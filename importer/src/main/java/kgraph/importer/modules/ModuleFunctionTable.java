package kgraph.importer.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kgraph.importer.depsurf.FuncGroupRecord;
import kgraph.importer.depsurf.SymbolRecord;
import kgraph.importer.dwarf.DwarfFunction;
import kgraph.importer.kernel.FuncGroupAssembler;

/**
 * A module's functions as the graph writer needs them: one DepSurf group per function the module
 * defines (collision, inline and transformation facts from {@link FuncGroupAssembler} over the
 * module's own DWARF and symbols, as for vmlinux), the call sites between them, and the calls that
 * leave the module.
 *
 * <p>A function the module defines has a DWARF definition (a subprogram with code or inlined) or
 * a defined function symbol. Any other callee was only declared in the module: the loader binds
 * it to an exported symbol of vmlinux or of a module the module depends on. Those call sites are
 * kept in {@link #importedCalls()} by name, for the writer to link once every image is read; see
 * {@link ImportedCallResolver}.
 */
public record ModuleFunctionTable(List<FuncGroupRecord> groups, List<CallSite> localCalls,
                                  List<CallSite> importedCalls) {

    private static final String NOT_DEFINED = "not seen";

    public static final ModuleFunctionTable EMPTY = new ModuleFunctionTable(List.of(), List.of(), List.of());

    public ModuleFunctionTable {
        groups = List.copyOf(groups);
        localCalls = List.copyOf(localCalls);
        importedCalls = List.copyOf(importedCalls);
    }

    public static ModuleFunctionTable of(List<DwarfFunction> functions, Map<String, List<SymbolRecord>> symbols) {
        Set<String> defined = definedNames(functions, symbols);
        List<DwarfFunction> definitions = functions.stream().filter(f -> defined.contains(f.name())).toList();
        List<FuncGroupRecord> groups = FuncGroupAssembler.assemble(definitions, symbols);
        List<CallSite> local = new ArrayList<>();
        List<CallSite> imported = new ArrayList<>();
        for (DwarfFunction function : functions) {
            List<CallSite> sites = callSites(function);
            (defined.contains(function.name()) ? local : imported).addAll(sites);
        }
        return new ModuleFunctionTable(groups, local, imported);
    }

    private static Set<String> definedNames(List<DwarfFunction> functions, Map<String, List<SymbolRecord>> symbols) {
        Set<String> defined = new LinkedHashSet<>();
        for (DwarfFunction function : functions) {
            if (!NOT_DEFINED.equals(function.inline())) {
                defined.add(function.name());
            }
        }
        symbols.forEach((name, records) -> {
            if (records.stream().anyMatch(symbol -> symbol.section() != null)) {
                defined.add(name);
            }
        });
        return defined;
    }

    private static List<CallSite> callSites(DwarfFunction function) {
        List<CallSite> sites = new ArrayList<>(function.callerInline().size() + function.callerFunc().size());
        for (String caller : function.callerInline()) {
            sites.add(CallSite.of(caller, function.name(), CallSite.Kind.INLINED));
        }
        Map<String, Integer> tailCallsLeft = new HashMap<>();
        for (String caller : function.tailCallers()) {
            tailCallsLeft.merge(caller, 1, Integer::sum);
        }
        for (String caller : function.callerFunc()) {
            boolean tail = tailCallsLeft.getOrDefault(caller, 0) > 0;
            if (tail) {
                tailCallsLeft.merge(caller, -1, Integer::sum);
            }
            sites.add(CallSite.of(caller, function.name(), tail ? CallSite.Kind.TAIL_CALL : CallSite.Kind.CALL));
        }
        return sites;
    }

    /** The group of a function the module defines, or null. */
    public FuncGroupRecord group(String name) {
        for (FuncGroupRecord group : groups) {
            if (group.name().equals(name)) {
                return group;
            }
        }
        return null;
    }

    /** The names of the functions the module calls but does not define, each once, in order of first call. */
    public Set<String> importedCallees() {
        Set<String> names = new LinkedHashSet<>();
        importedCalls.forEach(site -> names.add(site.callee()));
        return names;
    }

    /** The module's local call sites grouped by callee. */
    public Map<String, List<CallSite>> localCallsByCallee() {
        Map<String, List<CallSite>> byCallee = new LinkedHashMap<>();
        localCalls.forEach(site -> byCallee.computeIfAbsent(site.callee(), k -> new ArrayList<>()).add(site));
        return byCallee;
    }
}

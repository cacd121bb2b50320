package kgraph.importer.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kgraph.importer.depsurf.FuncEntryRecord;
import kgraph.importer.depsurf.FuncGroupRecord;
import kgraph.importer.depsurf.SymbolRecord;
import kgraph.importer.dwarf.DwarfFunction;
import kgraph.importer.model.CollisionType;
import kgraph.importer.model.InlineStatus;
import kgraph.importer.model.InlineType;

/**
 * Groups a kernel's function definitions by name and classifies each group as DepSurf does,
 * so an extracted image reads exactly like one from DepSurf's dataset.
 *
 * <p>Collision: one definition is Unique Global or Unique Static by its linkage; several with one
 * declaration location are a Static Duplication (a header's static function compiled into
 * many files); otherwise all-static is a Static-Static Collision, else Static-Global.
 * Inlining: a group without any symbol was Fully inlined; with symbols, it is Selectively
 * inlined when any definition was inlined somewhere, else not inlined.
 */
public final class FuncGroupAssembler {

    private FuncGroupAssembler() {
    }

    public static List<FuncGroupRecord> assemble(List<DwarfFunction> functions,
                                                 Map<String, List<SymbolRecord>> symbolsByName) {
        Map<String, List<DwarfFunction>> byName = new LinkedHashMap<>();
        for (DwarfFunction function : functions) {
            byName.computeIfAbsent(function.name(), k -> new ArrayList<>()).add(function);
        }
        List<FuncGroupRecord> groups = new ArrayList<>(byName.size());
        for (Map.Entry<String, List<DwarfFunction>> group : byName.entrySet()) {
            List<DwarfFunction> definitions = group.getValue();
            List<SymbolRecord> symbols = symbolsByName.getOrDefault(group.getKey(), List.of());
            groups.add(new FuncGroupRecord(group.getKey(), collision(definitions).label(),
                    inline(definitions, symbols).label(), definitions.stream().map(FuncGroupAssembler::entry).toList(),
                    symbols));
        }
        return groups;
    }

    static CollisionType collision(List<DwarfFunction> definitions) {
        if (definitions.size() == 1) {
            return definitions.get(0).external() ? CollisionType.UNIQUE_GLOBAL : CollisionType.UNIQUE_STATIC;
        }
        Set<String> locations = definitions.stream().map(DwarfFunction::loc).collect(Collectors.toSet());
        if (locations.size() == 1) {
            return CollisionType.STATIC_DUPLICATION;
        }
        boolean allStatic = definitions.stream().noneMatch(DwarfFunction::external);
        return allStatic ? CollisionType.STATIC_STATIC : CollisionType.STATIC_GLOBAL;
    }

    static InlineType inline(List<DwarfFunction> definitions, List<SymbolRecord> symbols) {
        if (symbols.isEmpty()) {
            return InlineType.FULL;
        }
        boolean anyInlined = definitions.stream().anyMatch(d -> InlineStatus.isInlined(d.inline()));
        return anyInlined ? InlineType.SELECTIVE : InlineType.NO;
    }

    private static FuncEntryRecord entry(DwarfFunction function) {
        return new FuncEntryRecord(FunctionSymbols.unsigned(function.addr()), function.name(), function.external(),
                function.loc(), function.file(), function.inline(), function.callerInline(), function.callerFunc(),
                function.tailCallers());
    }
}

package kgraph.importer.btf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kgraph.importer.depsurf.SymbolRecord;
import kgraph.importer.graph.ImageCounts;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraph.GroupRow;
import kgraph.importer.graph.ImageGraph.ImageRow;
import kgraph.importer.graph.ImageGraph.SymbolRow;
import kgraph.importer.graph.Keys;
import kgraph.importer.graph.ModuleRows;
import kgraph.importer.graph.TypeRows;
import kgraph.importer.model.Address;
import kgraph.importer.model.ImageName;
import kgraph.importer.types.KernelTypes;

/**
 * The graph of an image known by its BTF, and perhaps its symbol list: every BTF function with
 * its prototype, its types and hooks, and the symbols of each function where known. Whether a
 * function is inlined or colliding needs DWARF, so those facts stay unknown (null), not "no";
 * whether it was renamed is known only with symbols.
 */
public final class BtfOnlyGraph {

    private BtfOnlyGraph() {
    }

    public static ImageGraph build(ImageName image, String source, BtfTypes btf,
                                   Map<String, List<SymbolRecord>> symbolsByFunction) {
        return build(image, source, btf, symbolsByFunction, KernelTypes.fromBtf(btf));
    }

    /** The same, with the image's types and hooks read already (e.g. with kfuncs from ELF symbols). */
    public static ImageGraph build(ImageName image, String source, BtfTypes btf,
                                   Map<String, List<SymbolRecord>> symbolsByFunction, KernelTypes types) {
        Map<String, Prototype> prototypes = FunctionPrototypes.of(btf);
        List<GroupRow> groups = new ArrayList<>(prototypes.size());
        List<SymbolRow> symbolRows = new ArrayList<>();
        for (Prototype prototype : prototypes.values()) {
            String groupKey = Keys.group(image.name(), prototype.name());
            List<SymbolRecord> own = symbolsByFunction.getOrDefault(prototype.name(), List.of());
            Boolean transformed = own.isEmpty() ? null : own.stream().anyMatch(s -> s.name().contains("."));
            groups.add(prototype.applyTo(new GroupRow(groupKey, prototype.name(), null, null, transformed, null, null,
                    null, null, null, null)));
            for (int i = 0; i < own.size(); i++) {
                SymbolRecord symbol = own.get(i);
                symbolRows.add(new SymbolRow(Keys.symbol(image.name(), prototype.name(), i), groupKey, symbol.name(),
                        Address.hex(symbol.addr()), symbol.size(), symbol.bind(), symbol.section(), i));
            }
        }
        ImageCounts counts = new ImageCounts(groups.size(), 0, symbolRows.size(), 0, 0, 0, 0, 0);
        return new ImageGraph(ImageRow.of(image, source), List.copyOf(prototypes.keySet()), List.of(), groups,
                List.of(), symbolRows, List.of(), List.of(), ModuleRows.NONE, counts)
                .withTypes(TypeRows.of(image.name(), types), types.syscalls());
    }
}

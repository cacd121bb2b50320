package kgraph.importer.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kgraph.importer.btf.Prototype;
import kgraph.importer.depsurf.ImageMetadata;
import kgraph.importer.graph.ImageCounts;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraph.CallKind;
import kgraph.importer.graph.ImageGraph.CallRow;
import kgraph.importer.graph.ImageGraph.GroupRow;
import kgraph.importer.graph.ImageGraph.InstanceRow;
import kgraph.importer.graph.ImageGraphBuilder;
import kgraph.importer.graph.Keys;
import kgraph.importer.graph.ModuleRows;
import kgraph.importer.graph.ModuleRows.Member;
import kgraph.importer.graph.ModuleRows.ModuleRow;
import kgraph.importer.model.ImageName;
import kgraph.importer.modules.CallSite;
import kgraph.importer.modules.ImportedCallResolver;
import kgraph.importer.modules.ModuleFacts;
import kgraph.importer.modules.ModuleLinkage;

/**
 * Adds an image's modules to its vmlinux graph: each module a node, each of its functions a
 * group of its own (classified as DepSurf does, within the module), and its calls: those inside
 * the module as for vmlinux, those that leave it linked to the module that exports the callee,
 * or to vmlinux, as the module loader binds them.
 */
public final class ModuleGraphs {

    private ModuleGraphs() {
    }

    public static ImageGraph withModules(ImageGraph vmlinux, ImageName image, List<ModuleFacts> modules) {
        List<ModuleFacts> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing(ModuleFacts::name));
        ImportedCallResolver resolver = new ImportedCallResolver();
        sorted.forEach(resolver::add);

        Set<String> functions = new LinkedHashSet<>(vmlinux.functions());
        Set<String> files = new LinkedHashSet<>(vmlinux.files());
        List<GroupRow> groups = new ArrayList<>(vmlinux.groups());
        List<InstanceRow> instances = new ArrayList<>(vmlinux.instances());
        List<ImageGraph.SymbolRow> symbols = new ArrayList<>(vmlinux.symbols());
        List<CallRow> calls = new ArrayList<>(vmlinux.calls());
        List<ModuleRow> moduleRows = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        Map<String, Definitions> definitions = new HashMap<>();
        definitions.put(ImportedCallResolver.VMLINUX, Definitions.of(vmlinux.instances()));
        ImageCounts counts = vmlinux.counts();

        for (ModuleFacts module : sorted) {
            String moduleKey = Keys.module(image.name(), module.name());
            moduleRows.add(new ModuleRow(moduleKey, module.name(), module.linkage() == ModuleLinkage.LOADABLE,
                    module.license(), module.depends(), module.aliases(),
                    module.config() == null ? null : module.config().symbol() + "=" + module.config().value()));
            if (module.functions().groups().isEmpty()) {
                continue;
            }
            ImageGraph own = new ImageGraphBuilder(image, "vmlinux", module.name())
                    .build(module.functions().groups(), new ImageMetadata(null, Map.of(), List.of()));
            functions.addAll(own.functions());
            files.addAll(own.files());
            for (GroupRow group : own.groups()) {
                Prototype prototype = module.prototypes().get(group.name());
                groups.add(prototype == null ? group : prototype.applyTo(group));
                members.add(new Member(group.key(), moduleKey));
            }
            instances.addAll(own.instances());
            symbols.addAll(own.symbols());
            calls.addAll(own.calls());
            definitions.put(module.name(), Definitions.of(own.instances()));
            counts = plus(counts, own.counts());
        }
        List<CallRow> imported = importedCalls(sorted, resolver, definitions);
        calls.addAll(imported);
        counts = new ImageCounts(counts.groups(), counts.instances(), counts.symbols(), counts.directCallerEntries(),
                counts.inlineCallerEntries(), counts.callEdges() + imported.size(), counts.unresolvedCallers(),
                counts.unresolvedCallerEntries());
        return new ImageGraph(vmlinux.image(), List.copyOf(functions), List.copyOf(files), groups, instances, symbols,
                calls, vmlinux.types(), new ModuleRows(moduleRows, members), counts);
    }

    /** Calls that leave a module, folded into one edge per caller and callee definition. */
    private static List<CallRow> importedCalls(List<ModuleFacts> modules, ImportedCallResolver resolver,
                                               Map<String, Definitions> definitions) {
        Map<String, CallRow> edges = new LinkedHashMap<>();
        for (ModuleFacts module : modules) {
            Definitions own = definitions.get(module.name());
            if (own == null) {
                continue;
            }
            for (CallSite site : module.functions().importedCalls()) {
                String from = own.byUnitAndName.get(site.callerUnit() + ":" + site.caller());
                Definitions provider = definitions.get(resolver.provider(module.name(), site.callee()));
                String to = provider == null ? null : provider.firstByName.get(site.callee());
                if (from == null || to == null || !site.kind().isCall()) {
                    continue;
                }
                int tail = site.kind() == CallSite.Kind.TAIL_CALL ? 1 : 0;
                edges.merge(from + "\u0000" + to, new CallRow(from, to, CallKind.CALLS, 1, 0, tail),
                        (old, one) -> new CallRow(from, to, CallKind.CALLS, old.sites() + 1, old.firstSite(),
                                old.tailSites() + tail));
            }
        }
        return new ArrayList<>(edges.values());
    }

    private static ImageCounts plus(ImageCounts a, ImageCounts b) {
        return new ImageCounts(a.groups() + b.groups(), a.instances() + b.instances(), a.symbols() + b.symbols(),
                a.directCallerEntries() + b.directCallerEntries(), a.inlineCallerEntries() + b.inlineCallerEntries(),
                a.callEdges() + b.callEdges(), a.unresolvedCallers() + b.unresolvedCallers(),
                a.unresolvedCallerEntries() + b.unresolvedCallerEntries());
    }

    /** Where one scope's definitions are: by {@code unit:function} (callers), and the first of each name (callees). */
    private record Definitions(Map<String, String> byUnitAndName, Map<String, String> firstByName) {

        static Definitions of(List<InstanceRow> instances) {
            Map<String, String> byUnit = new HashMap<>();
            Map<String, String> first = new HashMap<>();
            for (InstanceRow instance : instances) {
                if (!instance.resolved()) {
                    continue;
                }
                if (instance.file() != null) {
                    byUnit.putIfAbsent(instance.file() + ":" + instance.name(), instance.key());
                }
                // An external definition is the one the loader binds to.
                if (Boolean.TRUE.equals(instance.external()) || !first.containsKey(instance.name())) {
                    first.put(instance.name(), instance.key());
                }
            }
            return new Definitions(byUnit, first);
        }
    }
}

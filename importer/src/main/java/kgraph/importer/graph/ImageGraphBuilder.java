package kgraph.importer.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kgraph.importer.depsurf.FuncEntryRecord;
import kgraph.importer.depsurf.FuncGroupRecord;
import kgraph.importer.depsurf.ImageMetadata;
import kgraph.importer.depsurf.SymbolRecord;
import kgraph.importer.graph.ImageGraph.CallKind;
import kgraph.importer.graph.ImageGraph.CallRow;
import kgraph.importer.graph.ImageGraph.GroupRow;
import kgraph.importer.graph.ImageGraph.ImageRow;
import kgraph.importer.graph.ImageGraph.InstanceRow;
import kgraph.importer.graph.ImageGraph.SymbolRow;
import kgraph.importer.model.Address;
import kgraph.importer.model.CollisionType;
import kgraph.importer.model.ImageName;
import kgraph.importer.model.InlineStatus;
import kgraph.importer.model.InlineType;

/**
 * Turns one image's DepSurf records into an {@link ImageGraph}: normalises DepSurf's enums,
 * resolves each {@code path:func} caller to the caller's definition in the same image, and
 * folds repeated call sites into one edge with a count.
 */
public final class ImageGraphBuilder {

    private final ImageName image;
    private final String source;
    private final String scope;

    public ImageGraphBuilder(ImageName image, String source) {
        this(image, source, null);
    }

    /**
     * For the functions of one module of the image: keys carry the module's name after the
     * image's, so a module's static {@code probe} and vmlinux's never share a key.
     */
    public ImageGraphBuilder(ImageName image, String source, String scope) {
        this.image = image;
        this.source = source;
        this.scope = scope;
    }

    private String scoped(String name) {
        return scope == null ? name : scope + "/" + name;
    }

    public ImageGraph build(List<FuncGroupRecord> records, ImageMetadata metadata) {
        Set<String> functions = new LinkedHashSet<>();
        Set<String> files = new LinkedHashSet<>();
        List<GroupRow> groups = new ArrayList<>(records.size());
        List<InstanceRow> instances = new ArrayList<>();
        List<SymbolRow> symbols = new ArrayList<>();
        Map<String, String> definitionByFileAndName = new HashMap<>();

        for (FuncGroupRecord record : records) {
            String groupKey = Keys.group(image.name(), scoped(record.name()));
            functions.add(record.name());
            groups.add(GroupRow.withoutPrototype(groupKey, record.name(),
                    CollisionType.fromLabel(record.collisionType()).label(),
                    InlineType.fromLabel(record.inlineType()).label(),
                    record.symbols().stream().anyMatch(s -> s.name().contains("."))));
            for (int i = 0; i < record.funcs().size(); i++) {
                FuncEntryRecord func = record.funcs().get(i);
                String key = Keys.instance(image.name(), scoped(record.name()), i);
                if (func.file() != null) {
                    files.add(func.file());
                    definitionByFileAndName.putIfAbsent(func.file() + ":" + func.name(), key);
                }
                instances.add(new InstanceRow(key, groupKey, func.name(), func.file(), func.loc(),
                        lineOf(func.loc()), func.external(), func.inline(), InlineStatus.isInlined(func.inline()),
                        Address.hex(func.addr()), i, true));
            }
            for (int i = 0; i < record.symbols().size(); i++) {
                SymbolRecord symbol = record.symbols().get(i);
                symbols.add(new SymbolRow(Keys.symbol(image.name(), scoped(record.name()), i), groupKey, symbol.name(),
                        Address.hex(symbol.addr()), symbol.size(), symbol.bind(), symbol.section(), i));
            }
        }

        CallResolver calls = new CallResolver(scope == null ? image.name() : image.name() + "/" + scope, definitionByFileAndName);
        for (FuncGroupRecord record : records) {
            for (int i = 0; i < record.funcs().size(); i++) {
                FuncEntryRecord func = record.funcs().get(i);
                String callee = Keys.instance(image.name(), scoped(record.name()), i);
                calls.add(callee, func.callerFunc(), CallKind.CALLS);
                calls.markTailCalls(callee, func.callerTail());
                calls.add(callee, func.callerInline(), CallKind.INLINES);
            }
        }
        instances.addAll(calls.unresolvedCallers());

        ImageCounts counts = new ImageCounts(groups.size(), instances.size() - calls.unresolvedCallers().size(),
                symbols.size(), calls.entries(CallKind.CALLS), calls.entries(CallKind.INLINES), calls.edges().size(),
                calls.unresolvedCallers().size(), calls.unresolvedEntries());
        return new ImageGraph(ImageRow.of(image, metadata, source), List.copyOf(functions), List.copyOf(files), groups, instances,
                symbols, calls.edges(), List.of(), ModuleRows.NONE, counts);
    }

    private static Integer lineOf(String loc) {
        if (loc == null) {
            return null;
        }
        int colon = loc.lastIndexOf(':');
        try {
            return colon < 0 ? null : Integer.valueOf(loc.substring(colon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Resolves caller strings and folds repeated sites; keeps every caller it cannot resolve. */
    private static final class CallResolver {

        private final String image;
        private final Map<String, String> definitionByFileAndName;
        private final Map<String, InstanceRow> unresolved = new LinkedHashMap<>();
        private final Map<String, CallRow> edges = new LinkedHashMap<>();
        private final Map<CallKind, Long> entries = new HashMap<>();
        private long unresolvedEntries;

        CallResolver(String image, Map<String, String> definitionByFileAndName) {
            this.image = image;
            this.definitionByFileAndName = definitionByFileAndName;
        }

        void add(String callee, List<String> callers, CallKind kind) {
            entries.merge(kind, (long) callers.size(), Long::sum);
            for (int site = 0; site < callers.size(); site++) {
                String caller = resolve(callers.get(site));
                String edgeKey = caller + "\u0000" + callee + "\u0000" + kind;
                int firstSite = site;
                edges.merge(edgeKey, new CallRow(caller, callee, kind, 1, firstSite, 0),
                        (old, one) -> new CallRow(old.fromKey(), old.toKey(), kind, old.sites() + 1, old.firstSite(),
                                0));
            }
        }

        /** Counts the tail calls among the sites {@link #add} folded; each names a caller added before. */
        void markTailCalls(String callee, List<String> tailCallers) {
            if (tailCallers == null) {
                return;
            }
            for (String reference : tailCallers) {
                String caller = definitionByFileAndName.getOrDefault(reference, Keys.unresolved(image, reference));
                edges.computeIfPresent(caller + "\u0000" + callee + "\u0000" + CallKind.CALLS,
                        (key, old) -> new CallRow(old.fromKey(), old.toKey(), old.kind(), old.sites(), old.firstSite(),
                                old.tailSites() + 1));
            }
        }

        private String resolve(String reference) {
            String key = definitionByFileAndName.get(reference);
            if (key != null) {
                return key;
            }
            unresolvedEntries++;
            int colon = reference.lastIndexOf(':');
            String file = colon < 0 ? null : reference.substring(0, colon);
            String name = reference.substring(colon + 1);
            String unresolvedKey = Keys.unresolved(image, reference);
            unresolved.computeIfAbsent(unresolvedKey, k -> new InstanceRow(k, null, name, file, null, null, null,
                    null, null, null, 0, false));
            return unresolvedKey;
        }

        long entries(CallKind kind) {
            return entries.getOrDefault(kind, 0L);
        }

        List<CallRow> edges() {
            return new ArrayList<>(edges.values());
        }

        List<InstanceRow> unresolvedCallers() {
            return new ArrayList<>(unresolved.values());
        }

        long unresolvedEntries() {
            return unresolvedEntries;
        }
    }
}

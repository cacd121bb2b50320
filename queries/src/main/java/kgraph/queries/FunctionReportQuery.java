package kgraph.queries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kgraph.queries.FunctionReport.Definition;
import kgraph.queries.FunctionReport.ImageSection;
import kgraph.queries.FunctionReport.SymbolEntry;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;

/** Assembles a {@link FunctionReport} from the presence, detail and caller queries. */
public final class FunctionReportQuery {

    private static final NamedQuery DETAIL = NamedQuery.load("function-report");

    private final GraphExecutor graph;
    private final PresenceQuery presence;
    private final CallGraphQuery calls;

    public FunctionReportQuery(GraphExecutor graph) {
        this.graph = graph;
        this.presence = new PresenceQuery(graph);
        this.calls = new CallGraphQuery(graph);
    }

    public FunctionReport report(String function) {
        List<PresenceRow> rows = presence.presence(function);
        Map<String, Map<String, Object>> detailByImage = new HashMap<>();
        List<String> instanceKeys = new ArrayList<>();
        Map<String, List<String>> otherModules = new HashMap<>();
        for (Map<String, Object> row : graph.read(DETAIL, Map.of("name", function))) {
            String image = Rows.string(row, "image");
            if (detailByImage.putIfAbsent(image, row) != null) {
                String module = Rows.string(row, "module");
                otherModules.computeIfAbsent(image, k -> new ArrayList<>()).add(module == null ? "vmlinux" : module);
                continue;
            }
            for (Map<String, Object> instance : maps(row.get("instances"))) {
                instanceKeys.add(Rows.string(instance, "key"));
            }
        }
        Map<String, List<CallEdge>> callersByCallee = new HashMap<>();
        for (CallEdge edge : calls.callersOf(instanceKeys)) {
            callersByCallee.computeIfAbsent(edge.toKey(), k -> new ArrayList<>()).add(edge);
        }
        Map<String, kgraph.queries.diff.Signature> signatures = new HashMap<>();
        detailByImage.forEach((image, detail) -> signatures.put(image,
                kgraph.queries.diff.Signature.fromRow(function, detail)));
        List<ImageSection> sections = new ArrayList<>();
        for (PresenceRow row : rows) {
            Map<String, Object> detail = detailByImage.get(row.image());
            sections.add(detail == null
                    ? new ImageSection(row, null, List.of(), List.of(), List.of())
                    : new ImageSection(row, Rows.string(detail, "prototype"), definitions(detail, callersByCallee),
                            symbols(detail), otherModules.getOrDefault(row.image(), List.of())));
        }
        return new FunctionReport(function, sections, ReportDifferences.of(rows, signatures, images()));
    }

    private Map<String, ImageSummary> images() {
        Map<String, ImageSummary> images = new HashMap<>();
        new ImageQueries(graph).images().forEach(image -> images.put(image.image(), image));
        return images;
    }

    private static List<Definition> definitions(Map<String, Object> detail, Map<String, List<CallEdge>> callers) {
        List<Map<String, Object>> instances = sortedByOrdinal(maps(detail.get("instances")));
        List<Definition> definitions = new ArrayList<>();
        for (Map<String, Object> instance : instances) {
            List<CallEdge> edges = callers.getOrDefault(Rows.string(instance, "key"), List.of());
            definitions.add(new Definition(Rows.string(instance, "file"), Rows.string(instance, "loc"),
                    Rows.string(instance, "addr"), Boolean.TRUE.equals(instance.get("inlined")),
                    siteList(edges, "INLINES"), siteList(edges, "CALLS")));
        }
        return definitions;
    }

    /** Callers in the order the data first lists them, each repeated once per call site. */
    private static List<String> siteList(List<CallEdge> edges, String kind) {
        List<String> sites = new ArrayList<>();
        edges.stream()
                .filter(edge -> edge.kind().equals(kind))
                .sorted(Comparator.comparingLong(CallEdge::firstSite))
                .forEach(edge -> sites.addAll(Collections.nCopies((int) edge.sites(),
                        (edge.fromFile() == null ? "" : edge.fromFile() + ":") + edge.from())));
        return sites;
    }

    private static List<SymbolEntry> symbols(Map<String, Object> detail) {
        return sortedByOrdinal(maps(detail.get("symbols"))).stream()
                .map(symbol -> {
                    String addr = Rows.string(symbol, "addr");
                    long end = Long.parseUnsignedLong(addr, 16) + Rows.number(symbol, "size");
                    return new SymbolEntry(Rows.string(symbol, "name"), addr, Long.toHexString(end),
                            Rows.string(symbol, "bind"));
                })
                .toList();
    }

    private static List<Map<String, Object>> sortedByOrdinal(List<Map<String, Object>> rows) {
        List<Map<String, Object>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(row -> Rows.number(row, "ordinal")));
        return sorted;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}

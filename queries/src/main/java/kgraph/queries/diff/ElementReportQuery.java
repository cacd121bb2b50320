package kgraph.queries.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import kgraph.queries.FunctionNotFoundException;
import kgraph.queries.ImageQueries;
import kgraph.queries.ImageSummary;
import kgraph.queries.PresenceRow;
import kgraph.queries.ReportDifferences;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.NamedQuery;

/** Assembles the {@link ElementReport} of one struct, union, enum, tracepoint or LSM hook. */
public final class ElementReportQuery {

    private static final NamedQuery ELEMENT_REPORT = NamedQuery.load("diff/element-report");

    private final GraphExecutor graph;

    public ElementReportQuery(GraphExecutor graph) {
        this.graph = graph;
    }

    public ElementReport report(ElementKind kind, String name) {
        Map<String, Object> params = new HashMap<>();
        params.put("label", kind.graphLabel());
        params.put("name", name);
        params.put("kind", kind == ElementKind.STRUCT ? "STRUCT" : kind == ElementKind.UNION ? "UNION" : null);
        List<ElementReport.ElementSection> sections = new ArrayList<>();
        Map<String, Object> shapes = new HashMap<>();
        List<PresenceRow> rows = new ArrayList<>();
        for (Map<String, Object> row : graph.read(ELEMENT_REPORT, params)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) row.get("properties");
            String image = (String) row.get("image");
            PresenceRow presence = new PresenceRow(image, (String) row.get("group"), (String) row.get("label"),
                    properties != null, null, null, null, List.of(), null, null);
            rows.add(presence);
            ElementReport.ElementSection section = section(kind, name, presence, Boolean.TRUE.equals(row.get("known")),
                    properties);
            sections.add(section);
            Object shape = shapeOf(kind, section);
            if (shape != null) {
                shapes.put(image, shape);
            }
        }
        if (shapes.isEmpty()) {
            throw new FunctionNotFoundException("no " + kind.label().toLowerCase() + " named '" + name
                    + "' in any imported image (or the images were imported without its kind of facts)", List.of());
        }
        Map<String, ImageSummary> images = new HashMap<>();
        new ImageQueries(graph).images().forEach(image -> images.put(image.image(), image));
        return new ElementReport(kind.label(), name, sections,
                ReportDifferences.of(rows, shapes, images, comparison(kind)));
    }

    private static ElementReport.ElementSection section(ElementKind kind, String name, PresenceRow presence,
                                                        boolean known, Map<String, Object> p) {
        if (p == null) {
            return new ElementReport.ElementSection(presence, known, null, null, null, null);
        }
        return switch (kind) {
            case STRUCT, UNION -> new ElementReport.ElementSection(presence, true,
                    TypeSetReader.struct(name, (String) p.get("kind"), p), null, null, null);
            case ENUM -> new ElementReport.ElementSection(presence, true, null, TypeSetReader.enumShape(name, p), null,
                    null);
            case TRACEPOINT -> new ElementReport.ElementSection(presence, true, null, null,
                    TypeSetReader.tracepoint(name, p), null);
            default -> new ElementReport.ElementSection(presence, true, null, null, null, Signature.fromRow(name, p));
        };
    }

    private static Object shapeOf(ElementKind kind, ElementReport.ElementSection section) {
        return switch (kind) {
            case STRUCT, UNION -> section.struct();
            case ENUM -> section.enumShape();
            case TRACEPOINT -> section.tracepoint();
            default -> section.prototype();
        };
    }

    @SuppressWarnings("unchecked")
    private static BiFunction<Object, Object, List<Change>> comparison(ElementKind kind) {
        BiFunction<?, ?, List<Change>> compare = switch (kind) {
            case STRUCT, UNION -> (BiFunction<StructShape, StructShape, List<Change>>) StructDiff::changes;
            case ENUM -> (BiFunction<EnumShape, EnumShape, List<Change>>) EnumDiff::changes;
            case TRACEPOINT -> (BiFunction<TracepointShape, TracepointShape, List<Change>>) TracepointDiff::changes;
            default -> (BiFunction<Signature, Signature, List<Change>>) FunctionDiff::changes;
        };
        return (BiFunction<Object, Object, List<Change>>) compare;
    }
}

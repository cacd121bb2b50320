package kgraph.cli.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kgraph.queries.diff.ElementReport;
import kgraph.queries.diff.ElementReport.ElementSection;
import kgraph.queries.diff.EnumShape;
import kgraph.queries.diff.StructShape;
import kgraph.queries.diff.TracepointShape;

/** Renders an {@link ElementReport} in the layout of DepSurf's struct, tracepoint and LSM pages. */
public final class ElementReportMarkdown {

    private static final Map<String, String> TITLES = Map.of("LSM Hook", "LSM");

    private ElementReportMarkdown() {
    }

    public static String render(ElementReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(TITLES.getOrDefault(report.kind(), report.kind())).append(": <code>")
                .append(report.name()).append("</code>\n\n## Status\n");
        Map<String, List<ElementSection>> groups = new LinkedHashMap<>();
        report.images().forEach(s -> groups.computeIfAbsent(s.presence().group(), g -> new ArrayList<>()).add(s));
        groups.forEach((group, sections) -> {
            md.append("<b>").append(group).append("</b>\n<ul>\n");
            sections.forEach(section -> status(md, section));
            md.append("</ul>\n");
        });
        md.append("\n## Differences\n");
        report.differences().forEach(group -> ReportMarkdown.differences(md, group));
        return md.toString();
    }

    private static void status(StringBuilder md, ElementSection section) {
        String where = "In <code>" + section.presence().label() + "</code>: ";
        md.append("<li>\n");
        if (!section.presence().present()) {
            md.append(where).append(section.known() ? section.presence().summary()
                    : "Unknown (imported without facts of this kind)").append("\n</li>\n");
            return;
        }
        md.append("<details>\n<summary>").append(where).append("✅</summary>\n\n");
        if (section.struct() != null) {
            code(md, struct(section.struct()));
        } else if (section.enumShape() != null) {
            code(md, enumBody(section.enumShape()));
        } else if (section.tracepoint() != null) {
            TracepointShape tracepoint = section.tracepoint();
            md.append("Event:\n\n");
            code(md, tracepoint.struct() == null ? "/* event struct unknown */" : struct(tracepoint.struct()));
            md.append("Function:\n\n");
            code(md, tracepoint.func() == null ? "/* handler unknown */" : tracepoint.func().prototype());
        } else if (section.prototype() != null) {
            code(md, section.prototype().prototype());
        }
        md.append("</details>\n</li>\n");
    }

    private static void code(StringBuilder md, String text) {
        md.append("```c\n").append(text).append("\n```\n");
    }

    private static String struct(StructShape struct) {
        StringBuilder c = new StringBuilder(struct.kind().toLowerCase()).append(' ').append(struct.name()).append(" {\n");
        struct.fields().forEach(f -> c.append("    ").append(f.declaration()).append(";\n"));
        return c.append("};").toString();
    }

    private static String enumBody(EnumShape shape) {
        StringBuilder c = new StringBuilder("enum ").append(shape.name()).append(" {\n");
        shape.values().forEach(v -> c.append("    ").append(v.name()).append(" = ").append(v.value()).append(",\n"));
        return c.append("};").toString();
    }
}

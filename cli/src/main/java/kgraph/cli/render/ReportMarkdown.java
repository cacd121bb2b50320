package kgraph.cli.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kgraph.queries.FunctionReport;
import kgraph.queries.FunctionReport.Definition;
import kgraph.queries.FunctionReport.GroupDifferences;
import kgraph.queries.FunctionReport.PairDifference;
import kgraph.queries.FunctionReport.ImageSection;
import kgraph.queries.FunctionReport.SymbolEntry;
import kgraph.queries.PresenceRow;
import kgraph.queries.diff.Change;

/** Renders a {@link FunctionReport} as DepSurf's function page, section by section. */
public final class ReportMarkdown {

    /** Shown where DepSurf prints the C prototype, when the image's prototype is unknown. */
    public static final String PROTOTYPE_UNKNOWN =
            "*Prototype unknown: no BTF type for it in this image (a DepSurf dataset without `types_func`,"
                    + " or a function BTF leaves out because it was fully inlined).*";

    /** For facts an image's source cannot tell (BTF alone knows nothing of inlining). */
    static final String UNKNOWN = "unknown (BTF only)";

    static final String DIFFERENCES_NOT_COMPUTED =
            "*Not computed: differences compare function prototypes, and no imported image has them.*";

    private ReportMarkdown() {
    }

    public static String render(FunctionReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Function: <code>").append(report.function()).append("</code>\n\n");
        md.append("## Status\n");
        for (Map.Entry<String, List<ImageSection>> group : byGroup(report.images()).entrySet()) {
            md.append("<b>").append(group.getKey()).append("</b>\n<ul>\n");
            for (ImageSection section : group.getValue()) {
                status(md, section);
            }
            md.append("</ul>\n");
        }
        md.append("\n## Differences\n");
        if (report.differences().isEmpty()) {
            md.append(DIFFERENCES_NOT_COMPUTED).append("\n");
        }
        report.differences().forEach(group -> differences(md, group));
        return md.toString();
    }

    static void differences(StringBuilder md, GroupDifferences group) {
        md.append("<b>").append(group.group()).append("</b>\n<ul>\n");
        for (PairDifference pair : group.pairs()) {
            String between = " between <code>" + pair.from() + "</code> and <code>" + pair.to() + "</code>";
            md.append("<li>\n");
            if (pair.changes().isEmpty()) {
                md.append("No changes").append(between).append(" ✅\n</li>\n");
                continue;
            }
            md.append("<details>\n<summary>Changed").append(between).append(" ⚠️</summary>\n<ul>\n");
            for (Change change : pair.changes()) {
                md.append("<li>\n<b>").append(change.category()).append(". </b>\n");
                if (change.old() != null && change.now() != null) {
                    md.append("<code>").append(change.old()).append("</code> ➡️ <code>").append(change.now())
                            .append("</code>\n");
                } else {
                    md.append("<code>").append(change.detail()).append("</code>\n");
                }
                md.append("</li>\n");
            }
            md.append("</ul>\n</details>\n</li>\n");
        }
        md.append("</ul>\n");
    }

    private static Map<String, List<ImageSection>> byGroup(List<ImageSection> sections) {
        Map<String, List<ImageSection>> groups = new LinkedHashMap<>();
        for (ImageSection section : sections) {
            groups.computeIfAbsent(section.presence().group(), g -> new java.util.ArrayList<>()).add(section);
        }
        return groups;
    }

    private static void status(StringBuilder md, ImageSection section) {
        PresenceRow presence = section.presence();
        String where = "In <code>" + presence.label() + "</code>: ";
        md.append("<li>\n");
        if (!presence.present()) {
            md.append(where).append(presence.summary()).append("\n</li>\n");
            return;
        }
        md.append("<details>\n<summary>").append(where).append(presence.summary()).append("</summary>\n\n");
        if (section.prototype() == null) {
            md.append(PROTOTYPE_UNKNOWN).append("\n\n");
        } else {
            md.append("```c\n").append(section.prototype()).append("\n```\n\n");
        }
        md.append("**Collision:** ").append(orUnknown(presence.collision())).append("\n\n");
        md.append("**Inline:** ").append(orUnknown(presence.inline())).append("\n\n");
        md.append("**Transformation:** ").append(presence.transformed() == null ? UNKNOWN
                : pythonBool(presence.transformed())).append("\n\n");
        if (!section.definitions().isEmpty()) {
            md.append("**Instances:**\n\n");
            section.definitions().forEach(definition -> definition(md, definition));
        }
        if (!section.symbols().isEmpty()) {
            md.append("**Symbols:**\n\n```\n");
            for (SymbolEntry symbol : section.symbols()) {
                md.append(symbol.addr()).append('-').append(symbol.end()).append(": ").append(symbol.name())
                        .append(" (").append(symbol.bind()).append(")\n");
            }
            md.append("```\n");
        }
        if (!section.alsoIn().isEmpty()) {
            md.append("\n**Also defined in:** ").append(String.join(", ", section.alsoIn())).append("\n");
        }
        md.append("</details>\n</li>\n");
    }

    private static void definition(StringBuilder md, Definition definition) {
        md.append("```\n");
        md.append("In ").append(definition.file() == null ? "(declaration only)" : definition.file())
                .append(" (").append(definition.addr()).append(")\n");
        md.append("Location: ").append(definition.loc() == null ? "unknown" : definition.loc()).append('\n');
        md.append("Inline: ").append(pythonBool(definition.inlined())).append('\n');
        callers(md, "Inline callers:", definition.inlineCallers());
        callers(md, "Direct callers:", definition.directCallers());
        md.append("```\n");
    }

    private static void callers(StringBuilder md, String heading, List<String> callers) {
        if (callers.isEmpty()) {
            return;
        }
        md.append(heading).append('\n');
        callers.forEach(caller -> md.append("  - ").append(caller).append('\n'));
    }

    private static String orUnknown(String fact) {
        return fact == null ? UNKNOWN : fact;
    }

    private static String pythonBool(Boolean value) {
        return Boolean.TRUE.equals(value) ? "True" : "False";
    }
}

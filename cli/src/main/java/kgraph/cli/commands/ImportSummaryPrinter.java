package kgraph.cli.commands;

import java.io.PrintWriter;
import kgraph.cli.render.Json;
import kgraph.cli.render.Table;
import kgraph.importer.ImportSummary;

/** The table (or JSON) every import ends with. */
final class ImportSummaryPrinter {

    private final PrintWriter out;
    private final boolean json;

    ImportSummaryPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void print(ImportSummary summary) {
        if (json) {
            Json.print(out, summary);
            return;
        }
        Table table = new Table("IMAGE", "FUNCTIONS", "INSTANCES", "SYMBOLS", "CALLER ENTRIES", "CALL EDGES",
                "UNRESOLVED CALLERS");
        summary.images().forEach(i -> table.row(i.image(), i.counts().groups(), i.counts().instances(),
                i.counts().symbols(), i.counts().directCallerEntries() + i.counts().inlineCallerEntries(),
                i.counts().callEdges(), i.counts().unresolvedCallers()));
        table.print(out);
        double seconds = summary.nanos() / 1e9;
        if (summary.mode().equals("check")) {
            out.printf("checked %d images (%d function groups) in %.1f s; nothing was written (--dry-run)%n",
                    summary.images().size(), summary.records(), seconds);
        } else {
            out.printf("imported %d images (%d function groups) in %.1f s via the %s path, %.0f groups/s%n",
                    summary.images().size(), summary.records(), seconds, summary.mode(),
                    summary.records() / seconds);
        }
        out.flush();
    }
}

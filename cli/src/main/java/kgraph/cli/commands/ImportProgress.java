package kgraph.cli.commands;

import java.io.PrintWriter;
import java.util.regex.Pattern;
import kgraph.importer.ImportListener;
import kgraph.importer.graph.ImageCounts;

/** Prints one line per image and stage to stderr, so progress shows in terminals and CI logs alike. */
final class ImportProgress implements ImportListener {

    private static final Pattern TOOL_MILESTONE = Pattern.compile("^\\(\\d/\\d\\).*|^IMPORT DONE.*|^Imported:.*");

    private final PrintWriter err;
    private final boolean verbose;
    private String stage = "";
    private int total;
    private int done;
    private long readingSince;
    private long lastReadingLine;

    private static final long READING_LINE_INTERVAL_NANOS = 2_000_000_000L;

    ImportProgress(PrintWriter err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    @Override
    public void stage(String name, int images) {
        stage = name;
        total = images;
        done = 0;
        err.println("kgraph: " + name + " ...");
        err.flush();
    }

    @Override
    public void reading(String image, String step, long done, long total) {
        long now = System.nanoTime();
        if (done == 0) {
            readingSince = now;
        }
        boolean finished = total >= 0 && done >= total;
        if (!finished && now - lastReadingLine < READING_LINE_INTERVAL_NANOS) {
            return;
        }
        lastReadingLine = now;
        double seconds = Math.max(now - readingSince, 1) / 1e9;
        if (total < 0) {
            err.printf("  reading %-28s %,d %s so far  %.1f s  %,.0f/s%n", image, done, step, seconds, done / seconds);
        } else {
            err.printf("  reading %-28s %,d/%,d %s (%.0f%%)  %.1f s  %,.0f/s%n", image, done, total, step,
                    total == 0 ? 100.0 : 100.0 * done / total, seconds, done / seconds);
        }
        err.flush();
    }

    @Override
    public void imageRead(String image, ImageCounts counts, long nanos) {
        if (stage.equals("writing")) {
            return;
        }
        line(image, counts, nanos, "read");
    }

    @Override
    public void imageWritten(String image, ImageCounts counts, long nanos) {
        line(image, counts, nanos, "written");
    }

    @Override
    public void toolOutput(String line) {
        if (verbose || TOOL_MILESTONE.matcher(line.strip()).matches()) {
            err.println("  " + line.strip());
            err.flush();
        }
    }

    private void line(String image, ImageCounts counts, long nanos, String verb) {
        done++;
        double seconds = Math.max(nanos, 1) / 1e9;
        err.printf("  [%2d/%d] %-7s %-28s %,9d groups %,10d call edges  %5.1f s  %,9.0f groups/s%n", done, total, verb,
                image, counts.groups(), counts.callEdges(), seconds, counts.groups() / seconds);
        err.flush();
    }
}

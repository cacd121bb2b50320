package kgraph.importer;

import kgraph.importer.graph.ImageCounts;

/** Hears how an import is going, so a front end can show progress. */
public interface ImportListener {

    /** A new stage begins, e.g. "checking", "writing", "bulk import", "indexing". */
    default void stage(String name, int images) {
    }

    /**
     * Reading one image is under way: {@code done} of {@code total} units (compile units,
     * bytes) of the step named, e.g. "DWARF compile units"; {@code total} is -1 while unknown.
     */
    default void reading(String image, String step, long done, long total) {
    }

    /** One image was read and turned into graph rows. */
    default void imageRead(String image, ImageCounts counts, long nanos) {
    }

    /** One image is in the graph. */
    default void imageWritten(String image, ImageCounts counts, long nanos) {
    }

    /** A line of output from a tool the import runs (Neo4j's bulk importer). */
    default void toolOutput(String line) {
    }

    ImportListener SILENT = new ImportListener() {
    };
}

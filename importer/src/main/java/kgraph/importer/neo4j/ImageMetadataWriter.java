package kgraph.importer.neo4j;

import java.util.Map;
import kgraph.importer.graph.ImageGraph;
import kgraph.queries.api.NamedQuery;
import kgraph.queries.api.QueryRunner;

/** Writes the image node's own facts: version, arch, flavor, syscalls, config, counts. */
final class ImageMetadataWriter {

    private static final NamedQuery IMAGE = NamedQuery.load("import/image");

    private ImageMetadataWriter() {
    }

    static void write(QueryRunner tx, ImageGraph image) {
        tx.run(IMAGE, Map.of("row", RecordMaps.of(image.image()), "counts", RecordMaps.of(image.counts())));
    }
}

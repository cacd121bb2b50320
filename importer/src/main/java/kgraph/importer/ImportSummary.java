package kgraph.importer;

import java.util.List;
import kgraph.importer.graph.ImageCounts;

/** What an import did: which images, how, how long, how much. */
public record ImportSummary(String mode, List<ImageResult> images, long nanos) {

    public record ImageResult(String image, ImageCounts counts) {
    }

    public long records() {
        return images.stream().mapToLong(i -> i.counts().groups()).sum();
    }
}

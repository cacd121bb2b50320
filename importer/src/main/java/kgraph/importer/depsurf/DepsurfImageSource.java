package kgraph.importer.depsurf;

import kgraph.importer.ImageSource;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraphBuilder;

/** An image of a DepSurf dataset: its func_groups records and its metadata files. */
public record DepsurfImageSource(DepsurfImage image) implements ImageSource {

    @Override
    public String name() {
        return image.name().name();
    }

    @Override
    public ImageGraph read() {
        return new ImageGraphBuilder(image.name(), "depsurf").build(image.readFuncGroups(), image.readMetadata());
    }
}

package kgraph.importer.depsurf;

import java.util.Map;
import kgraph.importer.ImageSource;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraphBuilder;
import kgraph.importer.graph.TypeRows;
import kgraph.importer.types.KernelTypes;

/** An image of a DepSurf dataset: its func_groups records, its metadata files and its types. */
public record DepsurfImageSource(DepsurfImage image) implements ImageSource {

    @Override
    public String name() {
        return image.name().name();
    }

    @Override
    public ImageGraph read() {
        KernelTypes types = KernelTypes.fromDepsurf(image.datasetRoot(), name());
        return new ImageGraphBuilder(image.name(), "depsurf").build(image.readFuncGroups(), image.readMetadata())
                .withTypes(TypeRows.of(name(), types), Map.of());
    }
}

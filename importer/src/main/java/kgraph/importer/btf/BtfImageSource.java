package kgraph.importer.btf;

import java.nio.file.Path;
import java.util.Map;
import kgraph.importer.ImageSource;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.model.ImageName;

/** An image known only by its BTF blob (see {@link BtfOnlyGraph} for what that can tell). */
public record BtfImageSource(Path file, ImageName image) implements ImageSource {

    /** The image named after the file, {@code 6.1.0-56-cloud-amd64.btf} → {@code 6.1.0-56-cloud-amd64}. */
    public static BtfImageSource of(Path file, String name) {
        String imageName = name != null ? name : file.getFileName().toString().replaceFirst("\\.btf$", "");
        return new BtfImageSource(file, ImageName.forInput(file, imageName));
    }

    @Override
    public String name() {
        return image.name();
    }

    @Override
    public ImageGraph read() {
        return BtfOnlyGraph.build(image, "btf", BtfReader.read(file), Map.of());
    }
}

package kgraph.importer.btf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kgraph.importer.ImageSource;
import kgraph.importer.graph.ImageCounts;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraph.GroupRow;
import kgraph.importer.graph.ImageGraph.ImageRow;
import kgraph.importer.graph.Keys;
import kgraph.importer.graph.TypeRows;
import kgraph.importer.model.ImageName;
import kgraph.importer.types.KernelTypes;

/**
 * An image known only by its BTF: every function with its prototype. Whether a function is
 * inlined, renamed or colliding needs DWARF and symbols, so those facts stay unknown (null),
 * not "no".
 */
public record BtfImageSource(Path file, ImageName image) implements ImageSource {

    /** The image named after the file, {@code 6.1.0-56-cloud-amd64.btf} → {@code 6.1.0-56-cloud-amd64}. */
    public static BtfImageSource of(Path file, String name) {
        String imageName = name != null ? name : file.getFileName().toString().replaceFirst("\\.btf$", "");
        try {
            return new BtfImageSource(file, ImageName.parse(imageName));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage() + " (name the image with --name)", e);
        }
    }

    @Override
    public String name() {
        return image.name();
    }

    @Override
    public ImageGraph read() {
        BtfTypes btf = BtfReader.read(file);
        Map<String, Prototype> prototypes = FunctionPrototypes.of(btf);
        List<GroupRow> groups = new ArrayList<>(prototypes.size());
        for (Prototype p : prototypes.values()) {
            groups.add(p.applyTo(GroupRow.unknown(Keys.group(image.name(), p.name()), p.name())));
        }
        ImageRow row = ImageRow.of(image, "btf");
        ImageCounts counts = new ImageCounts(groups.size(), 0, 0, 0, 0, 0, 0, 0);
        KernelTypes types = KernelTypes.fromBtf(btf);
        return new ImageGraph(row, List.copyOf(prototypes.keySet()), List.of(), groups, List.of(), List.of(),
                List.of(), List.of(), counts).withTypes(TypeRows.of(image.name(), types), types.syscalls());
    }
}

package kgraph.importer.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kgraph.importer.ImportListener;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.model.ImageName;
import kgraph.importer.modules.ModuleFacts;
import kgraph.importer.modules.ModuleSet;

/** Reads an image's modules, with progress, and adds them to its vmlinux graph. */
final class ModuleReading {

    private ModuleReading() {
    }

    static ImageGraph addTo(ImageGraph vmlinux, ImageName image, ModuleSet modules, ImportListener listener) {
        List<ModuleFacts> read = Collections.synchronizedList(new ArrayList<>());
        listener.reading(image.name(), "modules", 0, -1);
        modules.read(read::add, null, (done, path) -> listener.reading(image.name(), "modules", done, -1));
        listener.reading(image.name(), "modules", read.size(), read.size());
        return ModuleGraphs.withModules(vmlinux, image, read);
    }
}

package kgraph.importer.types;

import java.util.HashMap;
import java.util.Map;
import kgraph.importer.Samples;
import kgraph.importer.btf.BtfReader;

/** The two Debian blobs the tests use, read once: bpftool's dump and the model. */
final class BtfImages {

    static final String OLD = "6.1.0-56-cloud-amd64";
    static final String NEW = "6.12.117+deb12-cloud-amd64";

    record Image(BpftoolDump dump, KernelTypes model) {
    }

    private static final Map<String, Image> CACHE = new HashMap<>();

    private BtfImages() {
    }

    static synchronized Image of(String name) throws Exception {
        Image image = CACHE.get(name);
        if (image == null) {
            var file = Samples.debianBtf(name);
            image = new Image(new BpftoolDump(file), KernelTypes.fromBtf(BtfReader.read(file)));
            CACHE.put(name, image);
        }
        return image;
    }
}

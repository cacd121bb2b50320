package kgraph.importer;

import kgraph.importer.graph.ImageGraph;

/** One kernel image to import, from whatever artifact describes it. */
public interface ImageSource {

    /** The image name, e.g. {@code 5.4.0-26-generic-amd64}. */
    String name();

    /** Reads and checks the artifact; a bad one throws, naming the file and position. */
    ImageGraph read();

    /** Reads the image, telling the listener how far it got when that takes long. */
    default ImageGraph read(ImportListener listener) {
        return read();
    }
}

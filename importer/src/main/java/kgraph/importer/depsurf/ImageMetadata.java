package kgraph.importer.depsurf;

import java.util.List;
import java.util.Map;

/** What DepSurf records about an image besides its functions. */
public record ImageMetadata(String compiler, Map<Integer, String> syscalls, List<String> config) {
}

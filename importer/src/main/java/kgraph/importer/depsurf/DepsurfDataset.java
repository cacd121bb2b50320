package kgraph.importer.depsurf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kgraph.importer.model.ImageName;

/**
 * A DepSurf dataset folder in DepSurf's own layout, {@code <kind>/<image>.<ext>}. Images are
 * the files of {@code func_groups/}; the other kinds are optional metadata.
 */
public final class DepsurfDataset {

    static final String FUNC_GROUPS = "func_groups";

    private final Path root;
    private final Map<String, DepsurfImage> images;

    private DepsurfDataset(Path root, Map<String, DepsurfImage> images) {
        this.root = root;
        this.images = images;
    }

    public static DepsurfDataset open(Path root) {
        if (!Files.isDirectory(root)) {
            throw new DatasetException(root, 0, "not a directory");
        }
        Path groups = root.resolve(FUNC_GROUPS);
        if (!Files.isDirectory(groups)) {
            throw new DatasetException(root, 0,
                    "not a DepSurf dataset: no " + FUNC_GROUPS + "/ folder (expected <kind>/<image>.jsonl[.gz])");
        }
        Map<String, DepsurfImage> images = new TreeMap<>();
        try (Stream<Path> files = Files.list(groups)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String imageName = imageNameOf(file);
                if (imageName == null) {
                    continue;
                }
                ImageName name = parseImageName(file, imageName);
                if (images.containsKey(imageName)) {
                    throw new DatasetException(file, 0, "image " + imageName + " appears twice (.jsonl and .jsonl.gz)");
                }
                images.put(imageName, new DepsurfImage(name, file,
                        existing(root.resolve("syscalls").resolve(imageName + ".json")),
                        existing(root.resolve("config").resolve(imageName + ".config")),
                        existing(root.resolve("comment").resolve(imageName + ".txt"))));
            }
        } catch (IOException e) {
            throw new DatasetException(groups, 0, "cannot list: " + e.getMessage(), e);
        }
        if (images.isEmpty()) {
            throw new DatasetException(groups, 0, "no <image>.jsonl or <image>.jsonl.gz files");
        }
        return new DepsurfDataset(root, images);
    }

    public Path root() {
        return root;
    }

    public List<DepsurfImage> images() {
        return new ArrayList<>(images.values());
    }

    /** The named images, in the order given; an unknown name is an error that lists the known ones. */
    public List<DepsurfImage> images(List<String> names) {
        if (names == null || names.isEmpty()) {
            return images();
        }
        List<DepsurfImage> selected = new ArrayList<>();
        for (String name : names) {
            DepsurfImage image = images.get(name);
            if (image == null) {
                throw new DatasetException(root.resolve(FUNC_GROUPS), 0, "no image named '" + name
                        + "' in this dataset; it has: " + String.join(", ", images.keySet()));
            }
            selected.add(image);
        }
        return selected;
    }

    /** The named images (all when none are named) as import sources. */
    public List<DepsurfImageSource> sources(List<String> names) {
        return images(names).stream().map(DepsurfImageSource::new).toList();
    }

    private static String imageNameOf(Path file) {
        String fileName = file.getFileName().toString();
        for (String ext : List.of(".jsonl.gz", ".jsonl")) {
            if (fileName.endsWith(ext)) {
                return fileName.substring(0, fileName.length() - ext.length());
            }
        }
        return null;
    }

    private static ImageName parseImageName(Path file, String imageName) {
        try {
            return ImageName.parse(imageName);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, 0, e.getMessage(), e);
        }
    }

    private static Path existing(Path file) {
        return Files.isRegularFile(file) ? file : null;
    }
}

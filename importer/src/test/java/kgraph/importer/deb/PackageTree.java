package kgraph.importer.deb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A package's file tree on disk, with {@code DEBIAN/control}, built into a real .deb by dpkg-deb. */
final class PackageTree {

    private final Path root;

    PackageTree(Path dir) {
        this.root = dir.resolve("root");
        try {
            Files.createDirectories(root.resolve("DEBIAN"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    /** Uses the control file {@code deb/control/<name>} of the test resources. */
    PackageTree control(String name) {
        try (InputStream in = PackageTree.class.getResourceAsStream("/deb/control/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no control file " + name + " in test resources");
            }
            Files.write(root.resolve("DEBIAN/control"), in.readAllBytes());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PackageTree file(String path, byte[] content) {
        try {
            Path file = parentsOf(path);
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PackageTree copy(String path, Path from) {
        try {
            Files.copy(from, parentsOf(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PackageTree symlink(String path, String target) {
        try {
            Files.createSymbolicLink(parentsOf(path), Path.of(target));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PackageTree hardLink(String path, String existing) {
        try {
            Files.createLink(parentsOf(path), root.resolve(existing));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String path) {
        return root.resolve(path);
    }

    /** {@code dpkg-deb --root-owner-group -Z<compression> --build}; compression is xz, zstd, gzip or none. */
    Path build(Path deb, String compression) {
        Tools.run(root.getParent(), "dpkg-deb", "--root-owner-group", "-Z" + compression, "--build",
                root.toString(), deb.toString());
        return deb;
    }

    private Path parentsOf(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return file;
    }
}

package kgraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the committed sample and the full DepSurf dataset are. */
public final class Samples {

    private Samples() {
    }

    public static Path repo() {
        String repo = System.getProperty("kgraph.repo");
        return repo != null ? Path.of(repo) : Path.of("..").toAbsolutePath().normalize();
    }

    /** The committed sample in DepSurf's layout (all 25 images, a few hundred functions). */
    public static Path sample() {
        return repo().resolve("sample").resolve("depsurf");
    }

    /** The full DepSurf dataset beside the repository; tests that need it skip when it is absent. */
    public static Path fullDataset() {
        Path full = repo().resolve("..").resolve("shared").resolve("depsurf").normalize();
        Assumptions.assumeTrue(Files.isDirectory(full.resolve("func_groups")), "no DepSurf dataset at " + full);
        return full;
    }

    /** A real Debian BTF blob beside the repository; tests that need it skip when it is absent. */
    public static Path debianBtf(String image) {
        Path file = repo().resolve("..").resolve("shared").resolve("debian").resolve("btf").resolve(image + ".btf")
                .normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file), "no Debian BTF at " + file);
        return file;
    }

    /** A real Debian System.map (gzipped) beside the repository; tests that need it skip when it is absent. */
    public static Path debianSystemMap(String image) {
        Path file = repo().resolve("..").resolve("shared").resolve("debian").resolve("sysmap")
                .resolve("System.map-" + image + ".gz").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file), "no Debian System.map at " + file);
        return file;
    }
}

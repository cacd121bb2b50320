package kgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kgraph.importer.Samples;

/**
 * Debian's real 6.1 and 6.12 cloud-amd64 BTF, imported once per test run through the CLI into a
 * temporary database; tests that need it skip when the blobs are not beside the repository.
 */
public final class DebianBtfDatabase {

    public static final String OLD = "6.1.0-56-cloud-amd64";
    public static final String NEW = "6.12.117+deb12-cloud-amd64";

    private static Path home;

    private DebianBtfDatabase() {
    }

    public static synchronized Path home() {
        Path old = Samples.debianBtf(OLD);
        Path now = Samples.debianBtf(NEW);
        if (home == null) {
            try {
                Path db = Files.createTempDirectory("kgraph-debian-btf").resolve("db");
                Cli.Result result = Cli.run(db, "import", "btf", old.toString(), now.toString());
                if (result.exit() != 0) {
                    throw new IllegalStateException("Debian BTF import failed: " + result.err());
                }
                home = db;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return home;
    }
}

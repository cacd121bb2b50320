package kgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kgraph.importer.Samples;

/** The committed sample, imported once per test run through the CLI into a temporary database. */
public final class SampleDatabase {

    private static Path home;

    private SampleDatabase() {
    }

    public static synchronized Path home() {
        if (home == null) {
            try {
                Path dir = Files.createTempDirectory("kgraph-sample");
                Path db = dir.resolve("db");
                Cli.Result result = Cli.run(db, "import", "depsurf", Samples.sample().toString());
                if (result.exit() != 0) {
                    throw new IllegalStateException("sample import failed: " + result.err());
                }
                home = db;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return home;
    }
}

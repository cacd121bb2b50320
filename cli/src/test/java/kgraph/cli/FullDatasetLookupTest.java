package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kgraph.importer.RawDepsurf;
import kgraph.importer.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full 25-image DepSurf dataset, imported through the CLI, then asked as a user asks: one
 * whole process per lookup (cold: JVM and database start), and again through a running
 * {@code kgraph serve}. Both answers are DepSurf's own records for the function.
 */
class FullDatasetLookupTest {

    private static final String FUNCTION = "vfs_read";

    @TempDir
    static Path tmp;
    private static Path dataset;
    private static Path db;

    @BeforeAll
    static void importEverything() {
        dataset = Samples.fullDataset();
        db = tmp.resolve("db");
        Cli.Result result = Cli.run(db, "import", "depsurf", dataset.toString());
        assertEquals(0, result.exit(), result.err());
    }

    @Test
    void coldLookupAnswersFromEveryImage() throws IOException {
        CliProcess lookup = CliProcess.run(db, "presence", FUNCTION, "--json");
        assertEquals(0, lookup.exit(), lookup.err());
        assertEquals(expected(), presentImages(lookup.out()));
    }

    @Test
    void lookupThroughARunningServerGivesTheSameAnswer() throws Exception {
        Cli.Running server = Cli.start(Map.of(DbOptions.PASSWORD_VARIABLE, "full-dataset-1"),
                "--db", db.toString(), "serve", "--bolt-port", String.valueOf(ServeTest.freePort()),
                "--http-port", String.valueOf(ServeTest.freePort()));
        try {
            server.awaitOutput("Ctrl-C stops the server.", Duration.ofSeconds(90));
            CliProcess lookup = CliProcess.run(db, "presence", FUNCTION, "--json");
            assertEquals(0, lookup.exit(), lookup.err());
            assertEquals(expected(), presentImages(lookup.out()));
        } finally {
            assertEquals(0, server.stop().exit());
        }
    }

    private static List<String> expected() {
        List<String> images = new ArrayList<>();
        for (String image : RawDepsurf.images(dataset)) {
            if (RawDepsurf.group(dataset, image, FUNCTION) != null) {
                images.add(image);
            }
        }
        return images.stream().sorted().toList();
    }

    private static List<String> presentImages(String json) throws IOException {
        List<String> images = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(json)) {
            if (row.get("present").asBoolean()) {
                images.add(row.get("image").asText());
            }
        }
        return images.stream().sorted().toList();
    }
}

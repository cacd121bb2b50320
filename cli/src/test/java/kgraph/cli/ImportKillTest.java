package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import kgraph.importer.GraphCounts;
import kgraph.importer.RawDepsurf;
import kgraph.importer.Samples;
import kgraph.queries.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code kill -9} the importer at several points of a multi-image import. The
 * database then opens, holds only whole images, each exactly as its input, and the same
 * command run again completes. A killed bulk import into a new database leaves no database at
 * all, and its staging folder does not stand in the way of the rerun. The tests tagged slow
 * kill at more points; they run with {@code mvn verify -Dtests.excluded=none}.
 */
class ImportKillTest {

    /** Eight images of the sample: enough to stop in the middle, quick enough for every test run. */
    private static final List<String> IMAGES = List.of("4.4.0-21-generic-amd64", "4.15.0-20-generic-amd64",
            "5.4.0-26-generic-amd64", "5.4.0-26-generic-arm64", "5.4.0-1009-aws-amd64", "5.4.0-26-lowlatency-amd64",
            "6.2.0-20-generic-amd64", "6.8.0-31-generic-amd64");

    @TempDir
    Path tmp;

    @Test
    void transactionalImportKilledAfterTheFirstImageAndMidwayKeepsWholeImagesAndRerunCompletes() {
        Path db = tmp.resolve("db");
        String[] command = importCommand("--transactional");

        // Just after the first image committed, and into the second's transaction.
        killAfter(db, command, written(1), Duration.ofMillis(300));
        assertTrue(assertWholeImages(db) >= 1);

        killAfter(db, command, written(IMAGES.size() / 2), Duration.ofMillis(100));
        assertTrue(assertWholeImages(db) >= IMAGES.size() / 2);

        assertRerunCompletes(db, command);
    }

    @Test
    void bulkImportKilledWhileNeo4jBuildsTheStoreLeavesNoDatabaseAndRerunCompletes() {
        assertBulkImportKilledLeavesNoDatabase("bulk import", Duration.ofMillis(500));
    }

    /** Kills in the first transaction of a new database: the store exists, no image is committed yet. */
    @Test
    @Tag("slow")
    void transactionalImportKilledInItsFirstTransaction() {
        Path db = tmp.resolve("db");
        String[] command = importCommand("--transactional");
        killAfter(db, command, line -> line.equals("kgraph: writing ..."), Duration.ofMillis(500));
        assertTrue(EmbeddedDatabase.exists(db));
        assertWholeImages(db);
        assertRerunCompletes(db, command);
    }

    @Test
    @Tag("slow")
    void bulkImportKilledWhileReadingLeavesNoDatabase() {
        // Reading eight small images takes about as long as the kill: no delay.
        assertBulkImportKilledLeavesNoDatabase("reading", Duration.ZERO);
    }

    /** The staging store is open in this stage, so the kill leaves its lock and logs behind too. */
    @Test
    @Tag("slow")
    void bulkImportKilledWhileIndexingLeavesNoDatabase() {
        assertBulkImportKilledLeavesNoDatabase("indexing", Duration.ofMillis(500));
    }

    private void assertBulkImportKilledLeavesNoDatabase(String stage, Duration delay) {
        Path db = tmp.resolve("db");
        Path staging = tmp.resolve("db.importing");
        String[] command = importCommand("--bulk");
        killAfter(db, command, line -> line.equals("kgraph: " + stage + " ..."), delay);
        assertFalse(Files.exists(db), "no database at the target");
        assertTrue(Files.exists(staging), "the staging folder is left behind");
        assertRerunCompletes(db, command);
        assertFalse(Files.exists(staging), "the rerun removed the staging folder");
    }

    private static void assertRerunCompletes(Path db, String[] command) {
        CliProcess rerun = CliProcess.run(db, command);
        assertEquals(0, rerun.exit(), rerun.err());
        assertEquals(IMAGES.size(), assertWholeImages(db));
    }

    private static String[] importCommand(String mode) {
        List<String> args = new ArrayList<>(List.of("import", "depsurf", Samples.sample().toString(), mode));
        IMAGES.forEach(image -> args.addAll(List.of("--image", image)));
        return args.toArray(String[]::new);
    }

    private static Predicate<String> written(int images) {
        String prefix = String.format("  [%2d/%d] written ", images, IMAGES.size());
        return line -> line.startsWith(prefix);
    }

    private static void killAfter(Path db, String[] command, Predicate<String> line, Duration delay) {
        try (CliProcess child = CliProcess.start(db, command)) {
            child.awaitErrLine(line);
            CliProcess.sleep(delay);
            child.kill();
            assertEquals(137, child.exit(), "killed by SIGKILL, not ended on its own:\n" + child.err());
        }
    }

    /** Every image in the graph is whole and exactly as its input, and nothing lies outside them; returns how many. */
    private static int assertWholeImages(Path db) {
        Map<String, RawDepsurf.Totals> images = GraphCounts.perImage(db);
        RawDepsurf.Totals sum = RawDepsurf.Totals.NONE;
        for (Map.Entry<String, RawDepsurf.Totals> image : images.entrySet()) {
            assertTrue(IMAGES.contains(image.getKey()), image.getKey());
            assertEquals(RawDepsurf.totals(Samples.sample(), image.getKey()), image.getValue(), image.getKey());
            sum = sum.plus(image.getValue());
        }
        assertEquals(sum, GraphCounts.overall(db), "nodes or edges outside the whole images");
        assertEquals(List.of(), GraphCounts.strayImages(db));
        return images.size();
    }
}

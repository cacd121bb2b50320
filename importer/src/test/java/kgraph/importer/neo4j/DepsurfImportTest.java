package kgraph.importer.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kgraph.importer.GraphCounts;
import kgraph.importer.ImportListener;
import kgraph.importer.ImportSummary;
import kgraph.importer.RawDepsurf;
import kgraph.importer.Samples;
import kgraph.importer.depsurf.DatasetException;
import kgraph.importer.depsurf.DepsurfDataset;
import kgraph.importer.neo4j.GraphImport.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepsurfImportTest {

    private static final List<String> THREE = List.of("4.4.0-21-generic-amd64", "5.4.0-26-generic-arm64",
            "6.8.0-31-generic-amd64");

    @TempDir
    Path tmp;

    private ImportSummary importSample(Path home, List<String> images, Mode mode) {
        return new GraphImport(home, ImportListener.SILENT).run(DepsurfDataset.open(Samples.sample()).sources(images), mode);
    }

    @Test
    void bulkImportHoldsExactlyWhatEveryImageOfTheInputHolds() {
        Path home = tmp.resolve("db");
        ImportSummary summary = importSample(home, List.of(), Mode.AUTO);
        assertEquals("bulk", summary.mode());
        Map<String, RawDepsurf.Totals> graph = GraphCounts.perImage(home);
        List<String> images = RawDepsurf.images(Samples.sample());
        assertEquals(25, images.size());
        RawDepsurf.Totals sum = RawDepsurf.Totals.NONE;
        for (String image : images) {
            assertEquals(RawDepsurf.totals(Samples.sample(), image), graph.get(image), image);
            sum = sum.plus(graph.get(image));
        }
        assertEquals(sum, GraphCounts.overall(home), "nothing outside the images");
        assertEquals(List.of(), GraphCounts.strayImages(home));
        assertFalse(Files.exists(tmp.resolve("db.importing")), "staging folder removed");
    }

    @Test
    void transactionalImportMatchesTheInputAndReplacesAnImageOnReimport() {
        Path home = tmp.resolve("db");
        assertEquals("transactional", importSample(home, THREE, Mode.TRANSACTIONAL).mode());
        Map<String, RawDepsurf.Totals> first = GraphCounts.perImage(home);
        long nodes = GraphCounts.nodes(home);
        for (String image : THREE) {
            assertEquals(RawDepsurf.totals(Samples.sample(), image), first.get(image), image);
        }
        importSample(home, List.of("5.4.0-26-generic-arm64"), Mode.AUTO);
        assertEquals(first, GraphCounts.perImage(home));
        assertEquals(nodes, GraphCounts.nodes(home));
    }

    @Test
    void badInputLeavesAnExistingDatabaseAsItWas() throws IOException {
        Path home = tmp.resolve("db");
        importSample(home, List.of("4.4.0-21-generic-amd64"), Mode.TRANSACTIONAL);
        Map<String, RawDepsurf.Totals> before = GraphCounts.perImage(home);
        long nodes = GraphCounts.nodes(home);

        Path broken = copyOfSampleWithTruncated("6.8.0-31-generic-amd64");
        DatasetException e = assertThrows(DatasetException.class, () -> new GraphImport(home, ImportListener.SILENT)
                .run(DepsurfDataset.open(broken).sources(List.of("5.4.0-26-generic-arm64", "6.8.0-31-generic-amd64")), Mode.AUTO));
        assertTrue(e.getMessage().contains("6.8.0-31-generic-amd64.jsonl.gz:"), e.getMessage());
        assertEquals(before, GraphCounts.perImage(home));
        assertEquals(nodes, GraphCounts.nodes(home));
    }

    @Test
    void badInputLeavesNoNewDatabaseBehind() throws IOException {
        Path home = tmp.resolve("db");
        Path broken = copyOfSampleWithTruncated("6.8.0-31-generic-amd64");
        assertThrows(DatasetException.class, () -> new GraphImport(home, ImportListener.SILENT)
                .run(DepsurfDataset.open(broken).sources(List.of()), Mode.AUTO));
        assertFalse(Files.exists(home));
        assertFalse(Files.exists(tmp.resolve("db.importing")));
    }

    @Test
    void fullDatasetImageMatchesItsInput() {
        Path full = Samples.fullDataset();
        Path home = tmp.resolve("db");
        String image = "5.4.0-26-generic-arm64";
        new GraphImport(home, ImportListener.SILENT)
                .run(DepsurfDataset.open(full).sources(List.of(image)), Mode.TRANSACTIONAL);
        assertEquals(RawDepsurf.totals(full, image), GraphCounts.perImage(home).get(image));
    }

    private Path copyOfSampleWithTruncated(String image) throws IOException {
        Path copy = tmp.resolve("broken");
        try (Stream<Path> files = Files.walk(Samples.sample())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(Samples.sample().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path victim = RawDepsurf.funcGroups(copy, image);
        byte[] bytes = Files.readAllBytes(victim);
        Files.write(victim, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        return copy;
    }
}

package kgraph.importer.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Assumptions;

/** DepSurf's per-image JSON files read plainly with Jackson's tree model, as the reference for the readers. */
final class RawDataset {

    static final JsonMapper JSON = new JsonMapper();

    private RawDataset() {
    }

    static Path root() {
        Path root = Samples.repo().resolve("..").resolve("shared").resolve("depsurf").normalize();
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("tracepoints")), "no DepSurf dataset at " + root);
        return root;
    }

    static List<String> images() throws Exception {
        try (var files = Files.list(root().resolve("tracepoints"))) {
            return files.map(f -> f.getFileName().toString().replace(".jsonl", "")).sorted().toList();
        }
    }

    /** The records of {@code <kind>/<image>.jsonl} by {@code key}, first of a name winning. */
    static Map<String, JsonNode> records(String kind, String image, String key) throws Exception {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root().resolve(kind).resolve(image + ".jsonl"))) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                records.putIfAbsent(node.get(key).asText(), node);
            }
        }
        return records;
    }

    static JsonNode syscalls(String image) throws Exception {
        return JSON.readTree(root().resolve("syscalls").resolve(image + ".json").toFile());
    }
}

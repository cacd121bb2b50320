package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enum and tracepoint differences between two DepSurf images, as the graph gives them, against
 * a comparison made here straight from DepSurf's JSON records of the same images.
 */
class DepsurfTypesDiffTest {

    private static final String OLD = "5.4.0-26-generic-amd64";
    private static final String NEW = "6.8.0-31-generic-amd64";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path dataset;
    private static JsonNode types;
    private static Path db;

    @BeforeAll
    static void importBothImages() throws IOException {
        dataset = Samples.fullDataset();
        db = tmp.resolve("db");
        Cli.Result imported = Cli.run(db, "import", "depsurf", dataset.toString(), "--image", OLD, "--image", NEW);
        assertEquals(0, imported.exit(), imported.err());
        Cli.Result summary = Cli.run(db, "diff", "--from", OLD, "--to", NEW, "--summary", "--json");
        assertEquals(0, summary.exit(), summary.err());
        types = JSON.readTree(summary.out()).get("types");
    }

    @Test
    void enumsAgreeWithTheRecords() throws IOException {
        Map<String, Map<String, Long>> before = enums(OLD);
        Map<String, Map<String, Long>> after = enums(NEW);
        assertCounts(types.get("Enum"), before, after);
    }

    @Test
    void tracepointsAgreeWithTheRecords() throws IOException {
        Map<String, JsonNode> before = tracepoints(OLD);
        Map<String, JsonNode> after = tracepoints(NEW);
        assertCounts(types.get("Tracepoint"), before, after);
        long eventChanged = before.keySet().stream().filter(after::containsKey)
                .filter(n -> !before.get(n).get("struct").equals(after.get(n).get("struct"))).count();
        assertTrue(eventChanged > 0);
        assertEquals(eventChanged, types.get("Tracepoint").get("Event changed").asLong());
    }

    /** The tracepoint page's status for both versions equals DepSurf's published page for sched_switch. */
    @Test
    void tracepointPageMatchesDepsurfsPublishedPage() throws IOException {
        Path page = dataset.resolveSibling("depsurf-pages").resolve("sched_switch.md");
        Assumptions.assumeTrue(Files.isRegularFile(page), "no DepSurf page at " + page);
        Cli.Result report = Cli.run(db, "report", "sched_switch", "--kind", "tracepoint");
        assertEquals(0, report.exit(), report.err());
        String published = Files.readString(page);
        for (String version : List.of("5.4", "6.8")) {
            assertEquals(section(published, version), section(report.out(), version), version);
        }
    }

    /** The {@code <li>} block of one version in a page's Status part. */
    private static String section(String page, String version) {
        String status = page.substring(0, page.indexOf("## Differences"));
        int start = status.indexOf("<summary>In <code>" + version + "</code>");
        assertTrue(start >= 0, "no section for " + version);
        return status.substring(start, status.indexOf("</li>", start));
    }

    /** Old, New, Added, Removed, and Changed as "the records of a common name differ". */
    private static void assertCounts(JsonNode row, Map<String, ?> before, Map<String, ?> after) {
        assertEquals(before.size(), row.get("Old").asLong());
        assertEquals(after.size(), row.get("New").asLong());
        assertEquals(after.keySet().stream().filter(n -> !before.containsKey(n)).count(), row.get("Added").asLong());
        assertEquals(before.keySet().stream().filter(n -> !after.containsKey(n)).count(), row.get("Removed").asLong());
        long changed = before.keySet().stream().filter(after::containsKey)
                .filter(n -> !before.get(n).equals(after.get(n))).count();
        assertEquals(changed, row.get("Changed").asLong());
    }

    /** Enum values by name; anonymous enums count as one, "(anon)", and a name's first record wins. */
    private static Map<String, Map<String, Long>> enums(String image) throws IOException {
        Map<String, Map<String, Long>> enums = new LinkedHashMap<>();
        for (JsonNode record : records("types_enum", image)) {
            String name = record.path("name").isTextual() ? record.get("name").asText() : "(anon)";
            if (!name.equals("(anon)") && enums.containsKey(name)) {
                continue;
            }
            Map<String, Long> values = enums.computeIfAbsent(name, n -> new LinkedHashMap<>());
            record.get("values").forEach(v -> values.put(v.get("name").asText(), v.get("val").asLong()));
        }
        return enums;
    }

    /** Tracepoints by event name, compared by their event struct's fields and their handler's parameters. */
    private static Map<String, JsonNode> tracepoints(String image) throws IOException {
        Map<String, JsonNode> tracepoints = new LinkedHashMap<>();
        for (JsonNode record : records("tracepoints", image)) {
            ObjectNode comparable = JSON.createObjectNode();
            comparable.set("struct", JSON.valueToTree(members(record.get("struct"))));
            comparable.set("func", record.get("func").get("type"));
            tracepoints.putIfAbsent(record.get("event_name").asText(), comparable);
        }
        return tracepoints;
    }

    /** A struct's fields as name and type, the form DepSurf compares (offsets are not compared). */
    private static Set<String> members(JsonNode struct) {
        Set<String> fields = new HashSet<>();
        struct.get("members").forEach(m -> fields.add(m.path("name").asText() + " " + m.get("type")));
        return fields;
    }

    private static List<JsonNode> records(String kind, String image) throws IOException {
        Path file = dataset.resolve(kind).resolve(image + ".jsonl");
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(DepsurfTypesDiffTest::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

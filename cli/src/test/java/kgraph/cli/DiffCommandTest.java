package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kgraph.importer.Samples;
import kgraph.importer.btf.Bpftool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Prototype differences between two real Debian kernels, checked against bpftool's view of the same BTF. */
public class DiffCommandTest {

    private static final String OLD = DebianBtfDatabase.OLD;
    private static final String NEW = DebianBtfDatabase.NEW;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path db;

    @BeforeAll
    static void importBothImages() {
        db = DebianBtfDatabase.home();
    }

    @Test
    void summaryCountsAgreeWithBpftool() throws Exception {
        Map<String, String> before = BpftoolTypes.prototypes(Bpftool.dump(Samples.debianBtf(OLD)));
        Map<String, String> after = BpftoolTypes.prototypes(Bpftool.dump(Samples.debianBtf(NEW)));
        long common = before.keySet().stream().filter(after::containsKey).count();
        long changed = before.keySet().stream().filter(after::containsKey)
                .filter(name -> !before.get(name).equals(after.get(name))).count();

        Cli.Result result = Cli.run(db, "diff", "--from", OLD, "--to", NEW, "--summary", "--json");
        assertEquals(0, result.exit(), result.err());
        JsonNode summary = JSON.readTree(result.out());
        assertEquals(common, summary.get("common").asLong());
        assertEquals(before.size() - common, summary.get("removed").asLong());
        assertEquals(after.size() - common, summary.get("added").asLong());
        assertEquals(changed, summary.get("changed").asLong());
    }

    /** Struct counts and one real field type change, against bpftool's STRUCT lines and members of both blobs. */
    @Test
    void structDifferencesAgreeWithBpftool() throws Exception {
        Map<String, Map<String, String>> before = BpftoolTypes.structMembers(Bpftool.dump(Samples.debianBtf(OLD)), "STRUCT");
        Map<String, Map<String, String>> after = BpftoolTypes.structMembers(Bpftool.dump(Samples.debianBtf(NEW)), "STRUCT");
        Cli.Result result = Cli.run(db, "diff", "--from", OLD, "--to", NEW, "--summary", "--json");
        JsonNode structs = JSON.readTree(result.out()).get("types").get("Struct");
        assertEquals(before.size(), structs.get("Old").asLong());
        assertEquals(after.size(), structs.get("New").asLong());
        assertEquals(after.keySet().stream().filter(n -> !before.containsKey(n)).count(), structs.get("Added").asLong());
        assertEquals(before.keySet().stream().filter(n -> !after.containsKey(n)).count(),
                structs.get("Removed").asLong());

        assertTrue(!before.get("class_datum").get("value").equals(after.get("class_datum").get("value")),
                "bpftool sees the type of class_datum.value change");
        Cli.Result one = Cli.run(db, "diff", "class_datum", "--kind", "struct", "--from", OLD, "--to", NEW);
        assertEquals(List.of("Struct class_datum: changed between " + OLD + " and " + NEW + " ⚠️",
                "  Field type changed. u32 value (bit 0) ➡️ u16 value (bit 0)"), one.out().lines().toList());
    }

    /** The plain-Cypher change queries find exactly what the diff counts, category by category. */
    @Test
    void cypherChangeQueriesAgreeWithTheDiff() throws Exception {
        JsonNode summary = JSON.readTree(Cli.run(db, "diff", "--from", OLD, "--to", NEW, "--summary", "--json").out());
        JsonNode types = summary.get("types");
        JsonNode removedFields = changes("struct-fields-removed");
        assertEquals(types.get("Struct").get("Field removed").asLong(), count(removedFields, "kind", "struct"));
        assertEquals(types.get("Union").get("Field removed").asLong(), count(removedFields, "kind", "union"));
        Set<String> retyped = new HashSet<>();
        changes("struct-fields-retyped").forEach(r -> retyped.add(r.get("kind").asText() + " " + r.get("name").asText()));
        assertEquals(types.get("Struct").get("Field type changed").asLong()
                + types.get("Union").get("Field type changed").asLong(), retyped.size());
        assertEquals(types.get("Tracepoint").get("Field removed").asLong(), changes("tracepoint-fields-removed").size());
        Set<String> enums = new HashSet<>();
        changes("enum-values-changed").forEach(r -> enums.add(r.get("name").asText()));
        assertEquals(types.get("Enum").get("Value changed").asLong(), enums.size());
        Set<String> functions = new HashSet<>();
        changes("function-params").forEach(r -> functions.add(r.get("name").asText()));
        changes("function-return").forEach(r -> functions.add(r.get("name").asText()));
        assertEquals(summary.get("changed").asLong(), functions.size());
        JsonNode removed = changes("removed");
        assertEquals(summary.get("removed").asLong(), count(removed, "kind", "function"));
        assertEquals(types.get("Struct").get("Removed").asLong(), count(removed, "kind", "struct"));
        assertEquals(types.get("Tracepoint").get("Removed").asLong(), count(removed, "kind", "tracepoint"));
    }

    private static JsonNode changes(String query) throws Exception {
        Cli.Result result = Cli.run(db, "changes", query, "--from", OLD, "--to", NEW, "--json");
        assertEquals(0, result.exit(), result.err());
        return JSON.readTree(result.out());
    }

    private static long count(JsonNode rows, String column, String value) {
        long n = 0;
        for (JsonNode row : rows) {
            n += row.get(column).asText().equals(value) ? 1 : 0;
        }
        return n;
    }

    @Test
    void paramReorderedInDepsurfsWords() {
        assertChanges("simple_strntoull", List.of(
                "  Param reordered. startp, max_chars, endp, base ➡️ startp, endp, base, max_chars"));
    }

    @Test
    void returnTypeChangedInDepsurfsWords() {
        assertChanges("ext4_mb_release", List.of("  Return type changed. int ➡️ void"));
    }

    @Test
    void paramTypeChangedInDepsurfsWords() {
        assertChanges("ext4_mb_mark_bb", List.of("  Param type changed. int state ➡️ bool state"));
    }

    /** The Differences section in the layout of DepSurf's page for ndisc_recv_na (a return type change). */
    @Test
    void reportShowsTheDifferencesSection() {
        Cli.Result result = Cli.run(db, "report", "ext4_mb_release");
        assertEquals(0, result.exit(), result.err());
        String differences = result.out().substring(result.out().indexOf("## Differences"));
        assertEquals("""
                ## Differences
                <b>Flavor</b>
                <ul>
                <li>
                <details>
                <summary>Changed between <code>%s</code> and <code>%s</code> ⚠️</summary>
                <ul>
                <li>
                <b>Return type changed. </b>
                <code>int</code> ➡️ <code>void</code>
                </li>
                </ul>
                </details>
                </li>
                </ul>
                """.formatted(OLD, NEW), differences);
    }

    @Test
    void unchangedFunctionSaysSo() {
        Cli.Result result = Cli.run(db, "diff", "vfs_rename", "--from", OLD, "--to", NEW);
        assertEquals("No changes between " + OLD + " and " + NEW + " ✅", result.out().strip());
    }

    @Test
    void unknownImageIsAnError() {
        Cli.Result result = Cli.run(db, "diff", "vfs_rename", "--from", "9.9.9-1-generic-amd64", "--to", NEW);
        assertEquals(ExitCodes.USAGE, result.exit());
        assertEquals("kgraph: error: no image named '9.9.9-1-generic-amd64' is imported (see kgraph images)",
                result.err().strip());
    }

    private static void assertChanges(String function, List<String> changes) {
        Cli.Result result = Cli.run(db, "diff", function, "--from", OLD, "--to", NEW);
        assertEquals(0, result.exit(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("Changed between " + OLD + " and " + NEW + " ⚠️", lines.get(0));
        assertEquals(changes, lines.subList(1, lines.size()));
    }
}

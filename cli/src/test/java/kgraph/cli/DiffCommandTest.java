package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kgraph.importer.Samples;
import kgraph.importer.btf.Bpftool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prototype differences between two real Debian kernels, checked against bpftool's view of the same BTF. */
public class DiffCommandTest {

    private static final String OLD = "6.1.0-56-cloud-amd64";
    private static final String NEW = "6.12.117+deb12-cloud-amd64";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path db;

    @BeforeAll
    static void importBothImages() {
        db = tmp.resolve("db");
        Cli.Result result = Cli.run(db, "import", "btf", Samples.debianBtf(OLD).toString(),
                Samples.debianBtf(NEW).toString());
        assertEquals(0, result.exit(), result.err());
    }

    @Test
    void summaryCountsAgreeWithBpftool() throws Exception {
        Map<String, String> before = BpftoolPrototypes.of(Bpftool.dump(Samples.debianBtf(OLD)));
        Map<String, String> after = BpftoolPrototypes.of(Bpftool.dump(Samples.debianBtf(NEW)));
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
        Map<String, List<String>> before = bpftoolStructs(OLD);
        Map<String, List<String>> after = bpftoolStructs(NEW);
        Cli.Result result = Cli.run(db, "diff", "--from", OLD, "--to", NEW, "--summary", "--json");
        JsonNode structs = JSON.readTree(result.out()).get("types").get("Struct");
        assertEquals(before.size(), structs.get("Old").asLong());
        assertEquals(after.size(), structs.get("New").asLong());
        assertEquals(after.keySet().stream().filter(n -> !before.containsKey(n)).count(), structs.get("Added").asLong());
        assertEquals(before.keySet().stream().filter(n -> !after.containsKey(n)).count(),
                structs.get("Removed").asLong());

        String oldValue = before.get("class_datum").stream().filter(m -> m.startsWith("'value'")).findFirst().orElseThrow();
        String newValue = after.get("class_datum").stream().filter(m -> m.startsWith("'value'")).findFirst().orElseThrow();
        assertTrue(!oldValue.equals(newValue), "bpftool sees the type of class_datum.value change");
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

    /** Named structs of a blob with their member lines, as bpftool prints them (first definition of a name). */
    private static Map<String, List<String>> bpftoolStructs(String image) throws Exception {
        Map<String, List<String>> structs = new HashMap<>();
        List<String> current = null;
        for (String line : Bpftool.dump(Samples.debianBtf(image))) {
            if (line.startsWith("[")) {
                current = null;
                Matcher m = Pattern.compile("^\\[\\d+\\] STRUCT '([^']+)'").matcher(line);
                if (m.find() && !m.group(1).equals("(anon)") && !structs.containsKey(m.group(1))) {
                    current = new ArrayList<>();
                    structs.put(m.group(1), current);
                }
            } else if (current != null) {
                current.add(line.strip());
            }
        }
        return structs;
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

    /**
     * Function prototypes read from {@code bpftool btf dump} text, written as one comparable
     * string each: the return type and the parameters by name in order (a function's own
     * parameters are matched by name), following pointers, qualifiers, arrays and function
     * pointers, and naming everything else by kind and name.
     */
    public static final class BpftoolPrototypes {

        private static final Pattern TYPE = Pattern.compile("^\\[(\\d+)] (\\w+) '([^']*)'(.*)$");
        private static final Pattern MEMBER = Pattern.compile("^\\s+'([^']*)' (?:type_id|val)=(-?\\d+).*$");
        private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(\\S+)");

        record Type(String kind, String name, Map<String, String> attributes, List<String[]> members) {
        }

        public static Map<String, String> of(List<String> dump) {
            Map<Integer, Type> types = new HashMap<>();
            Type current = null;
            for (String line : dump) {
                Matcher type = TYPE.matcher(line);
                if (type.matches()) {
                    Map<String, String> attributes = new HashMap<>();
                    Matcher a = ATTRIBUTE.matcher(type.group(4));
                    while (a.find()) {
                        attributes.put(a.group(1), a.group(2));
                    }
                    current = new Type(type.group(2), type.group(3), attributes, new ArrayList<>());
                    types.put(Integer.parseInt(type.group(1)), current);
                    continue;
                }
                Matcher member = MEMBER.matcher(line);
                if (member.matches() && current != null) {
                    current.members().add(new String[] {member.group(1), member.group(2)});
                }
            }
            // bpftool lists a repeated name more than once; the first FUNC of a name wins, as in the importer.
            Map<String, String> first = new HashMap<>();
            types.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .filter(e -> e.getValue().kind().equals("FUNC"))
                    .forEach(e -> first.putIfAbsent(e.getValue().name(),
                            proto(types, types.get(Integer.parseInt(e.getValue().attributes().get("type_id"))))));
            return first;
        }

        private static String proto(Map<Integer, Type> types, Type proto) {
            Map<String, String> params = new LinkedHashMap<>();
            for (String[] param : proto.members()) {
                params.remove(param[0]);
                params.put(param[0], type(types, Integer.parseInt(param[1])));
            }
            return type(types, Integer.parseInt(proto.attributes().get("ret_type_id"))) + " <- " + params;
        }

        /** A prototype inside a type (a function pointer) compares as a whole, unnamed parameters included. */
        private static String pointedProto(Map<Integer, Type> types, Type proto) {
            List<String> params = new ArrayList<>();
            for (String[] param : proto.members()) {
                params.add(param[0] + " " + type(types, Integer.parseInt(param[1])));
            }
            return type(types, Integer.parseInt(proto.attributes().get("ret_type_id"))) + " <- " + params;
        }

        private static String type(Map<Integer, Type> types, int id) {
            if (id == 0) {
                return "void";
            }
            Type t = types.get(id);
            return switch (t.kind()) {
                case "PTR", "CONST", "VOLATILE", "RESTRICT", "TYPE_TAG" ->
                        t.kind() + "(" + type(types, Integer.parseInt(t.attributes().get("type_id"))) + ")";
                case "ARRAY" -> "ARRAY" + t.attributes().get("nr_elems") + "("
                        + type(types, Integer.parseInt(t.attributes().get("type_id"))) + ")";
                case "FUNC_PROTO" -> "(" + pointedProto(types, t) + ")";
                case "ENUM", "ENUM64", "FLOAT" -> t.kind() + " " + t.name() + " " + t.attributes().get("size");
                case "FWD" -> "FWD " + t.attributes().get("fwd_kind") + " " + t.name();
                default -> t.kind() + " " + t.name();
            };
        }
    }
}

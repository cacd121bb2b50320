package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kgraph.importer.RawDepsurf;
import kgraph.importer.Samples;
import kgraph.importer.bpf.BpfToolchain;
import kgraph.importer.btf.Bpftool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kgraph impact} on real eBPF objects compiled here with clang: from Debian's 6.1 to its
 * 6.12 kernel, every verdict checked against bpftool's view of the two kernels' BTF; and a
 * dependency list across DepSurf's series, checked against DepSurf's own records.
 */
class ImpactCommandTest {

    private static final String OLD = DebianBtfDatabase.OLD;
    private static final String NEW = DebianBtfDatabase.NEW;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path db;
    private static BpfToolchain clang;

    @BeforeAll
    static void importAndCompile() {
        clang = new BpfToolchain(tmp);
        db = DebianBtfDatabase.home();
    }

    @Test
    void upgradeCheckFindsWhatBpftoolSeesChange() throws Exception {
        Path program = clang.compile("upgrade_check.bpf.c");
        Cli.Result result = Cli.run(db, "impact", program.toString(), "--from", OLD, "--to", NEW, "--json");
        assertEquals(ExitCodes.IMPACT, result.exit(), result.err());
        Map<String, String> oldFunctions = BpftoolTypes.prototypes(Bpftool.dump(Samples.debianBtf(OLD)));
        Map<String, String> newFunctions = BpftoolTypes.prototypes(Bpftool.dump(Samples.debianBtf(NEW)));
        Map<String, Map<String, String>> oldStructs = structs(OLD);
        Map<String, Map<String, String>> newStructs = structs(NEW);
        Set<String> kinds = new HashSet<>();
        for (JsonNode row : JSON.readTree(result.out())) {
            String name = row.get("name").asText();
            String verdict = row.get("verdicts").get(0).asText();
            kinds.add(row.get("kind").asText() + " " + verdict);
            switch (row.get("kind").asText()) {
                case "FUNCTION" -> assertEquals(!newFunctions.containsKey(name) ? "ABSENT"
                        : newFunctions.get(name).equals(oldFunctions.get(name)) ? "UNKNOWN" : "CHANGED", verdict, name);
                case "STRUCT_FIELD" -> {
                    String owner = name.substring(0, name.indexOf('.'));
                    String member = name.substring(name.indexOf('.') + 1);
                    Map<String, String> now = newStructs.getOrDefault(owner, Map.of());
                    assertEquals(!now.containsKey(member) ? "ABSENT"
                            : now.get(member).equals(oldStructs.get(owner).get(member)) ? "OK" : "CHANGED", verdict, name);
                }
                default -> assertEquals("OK", verdict, name);
            }
        }
        assertTrue(kinds.containsAll(List.of("FUNCTION CHANGED", "FUNCTION ABSENT", "STRUCT_FIELD ABSENT",
                "STRUCT_FIELD CHANGED", "TRACEPOINT OK", "LSM_HOOK OK")), kinds.toString());
    }

    @Test
    void opensnoopMovesToTheNewKernelUnharmed() throws Exception {
        Path program = clang.compile("opensnoop.bpf.c");
        Cli.Result result = Cli.run(db, "impact", program.toString(), "--from", OLD, "--to", NEW);
        assertEquals(ExitCodes.OK, result.exit(), result.out() + result.err());
        assertTrue(result.out().contains("nothing breaks on " + NEW), result.out());
        Map<String, Map<String, String>> newStructs = structs(NEW);
        for (String field : List.of("task_struct.tgid", "task_struct.real_parent", "task_struct.cred")) {
            assertTrue(newStructs.get("task_struct").containsKey(field.substring(field.indexOf('.') + 1)), field);
            assertTrue(result.out().lines().anyMatch(l -> l.contains(field) && l.contains(" OK")), field);
        }
    }

    /** Across DepSurf's 25 images: each verdict is what DepSurf's record for that image says. */
    @Test
    void dependencyListAcrossDepsurfsSeriesMatchesItsRecords() throws Exception {
        List<String> functions = List.of("vfs_read", "kvm_vcpu_kick", "xen_pmu_init", "vfs_rename");
        Path deps = tmp.resolve("deps.txt");
        Files.writeString(deps, "# functions a tracer hooks\n" + String.join("\n",
                functions.stream().map(f -> "function " + f).toList()) + "\n");
        String from = "5.4.0-26-generic-amd64";
        Cli.Result result = Cli.run(SampleDatabase.home(), "impact", "--deps", deps.toString(), "--from", from,
                "--to", "all", "--json");
        assertTrue(result.exit() == ExitCodes.OK || result.exit() == ExitCodes.IMPACT, result.err());
        JsonNode rows = JSON.readTree(result.out());
        assertEquals(functions.size() * (RawDepsurf.images(Samples.sample()).size() - 1), rows.size());
        for (JsonNode row : rows) {
            JsonNode record = RawDepsurf.group(Samples.sample(), row.get("image").asText(), row.get("name").asText());
            Set<String> verdicts = new HashSet<>();
            row.get("verdicts").forEach(v -> verdicts.add(v.asText()));
            assertEquals(expected(record), verdicts, row.toString());
        }
    }

    /** opensnoop across DepSurf's images: its syscalls as DepSurf's tables have them; no struct layouts, so unknown. */
    @Test
    void opensnoopAcrossDepsurfsSeries() throws Exception {
        Path program = clang.compile("opensnoop.bpf.c");
        String from = "5.4.0-26-generic-amd64";
        Cli.Result result = Cli.run(SampleDatabase.home(), "impact", program.toString(), "--from", from, "--to", "all",
                "--json");
        JsonNode rows = JSON.readTree(result.out());
        assertTrue(rows.size() > 0, result.err());
        for (JsonNode row : rows) {
            String verdict = row.get("verdicts").get(0).asText();
            switch (row.get("kind").asText()) {
                case "SYSCALL" -> {
                    JsonNode table = JSON.readTree(Samples.sample().resolve("syscalls")
                            .resolve(row.get("image").asText() + ".json").toFile());
                    boolean present = false;
                    for (JsonNode name : table) {
                        present |= name.asText().equals(row.get("name").asText());
                    }
                    assertEquals(present ? "OK" : "ABSENT", verdict, row.toString());
                }
                case "STRUCT_FIELD" -> assertEquals("UNKNOWN", verdict, row.toString());
                default -> throw new AssertionError("unexpected dependency " + row);
            }
        }
    }

    /** DepSurf's record read as verdicts: absent, duplicate or collision, inlining, renamed symbols. */
    private static Set<String> expected(JsonNode record) {
        Set<String> verdicts = new HashSet<>();
        if (record == null) {
            verdicts.add("ABSENT");
            return verdicts;
        }
        String collision = record.get("collision_type").asText();
        if (collision.equals("Static Duplication")) {
            verdicts.add("DUPLICATE");
        } else if (collision.endsWith("Collision")) {
            verdicts.add("COLLISION");
        }
        String inline = record.get("inline_type").asText();
        if (inline.equals("Full") || inline.equals("Fully inlined")) {
            verdicts.add("FULL_INLINE");
        } else if (inline.equals("Selective") || inline.equals("Partially inlined")) {
            verdicts.add("SELECTIVE_INLINE");
        }
        for (JsonNode symbol : record.get("symbols")) {
            if (symbol.get("name").asText().contains(".")) {
                verdicts.add("TRANSFORMATION");
            }
        }
        if (verdicts.isEmpty()) {
            verdicts.add("OK");
        }
        return verdicts;
    }

    private static Map<String, Map<String, String>> structs(String image) throws Exception {
        return BpftoolTypes.structMembers(Bpftool.dump(Samples.debianBtf(image)), "STRUCT");
    }
}

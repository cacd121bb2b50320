package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kgraph.importer.dwarf.LlvmDwarfdump;
import kgraph.importer.dwarf.LlvmDwarfdump.Die;
import kgraph.importer.dwarf.Tools;
import kgraph.importer.modules.ModuleFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kernel-like program and three modules built here with gcc ({@code kvmlike.ko} defines
 * {@code kvm_vcpu_kick}; {@code kvmlike-intel.ko} and {@code kvmlike-amd.ko} call it), imported
 * with {@code import vmlinux --modules}: the function is present in its module, not Absent, and its
 * callers in the other modules are those llvm-dwarfdump finds in their call sites.
 */
class ModulesImportTest {

    private static final String IMAGE = "6.1.0-97-test-amd64";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static ModuleFixture fixture;
    private static Path db;

    @BeforeAll
    static void importWithModules() throws Exception {
        fixture = ModuleFixture.build(Files.createDirectories(tmp.resolve("build")));
        db = tmp.resolve("db");
        Cli.Result result = Cli.run(db, "import", "vmlinux", fixture.vmlinux().toString(), "--name", IMAGE,
                "--modules", fixture.modulesRoot().toString());
        assertEquals(0, result.exit(), result.err());
    }

    @Test
    void aModuleFunctionIsPresentInItsModule() throws Exception {
        JsonNode row = JSON.readTree(Cli.run(db, "presence", "kvm_vcpu_kick", "--json").out()).get(0);
        assertTrue(row.get("present").asBoolean());
        assertEquals("kvmlike", row.get("module").asText());
        assertTrue(row.get("loadable").asBoolean());
        Cli.Result report = Cli.run(db, "report", "kvm_vcpu_kick");
        assertTrue(report.out().contains("in module kvmlike (loadable)"), report.out());
    }

    /** The header's static inline is compiled into two modules: the page shows one and names the other. */
    @Test
    void aFunctionInSeveralModulesIsShownOnceAndTheOthersNamed() {
        Cli.Result report = Cli.run(db, "report", "vcpu_mode");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("in module kvmlike (loadable)"), report.out());
        assertTrue(report.out().contains("**Also defined in:** kvmlike_intel"), report.out());
    }

    @Test
    void callersAcrossModulesAreTheCallSitesLlvmDwarfdumpSees() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Path module : fixture.modules()) {
            LlvmDwarfdump dump = LlvmDwarfdump.of(module);
            for (Die die : dump.dies()) {
                if (die.tag().equals("DW_TAG_call_site") && die.has("DW_AT_call_origin")
                        && "kvm_vcpu_kick".equals(dump.at(die.reference("DW_AT_call_origin")).string("DW_AT_name"))) {
                    Die caller = die.parent();
                    while (!caller.tag().equals("DW_TAG_subprogram")) {
                        caller = caller.parent();
                    }
                    if (caller.has("DW_AT_abstract_origin")) {
                        caller = dump.at(caller.reference("DW_AT_abstract_origin"));
                    }
                    expected.add(caller.string("DW_AT_name"));
                }
            }
        }
        assertTrue(expected.contains("vmx_deliver_interrupt"), expected.toString());
        Set<String> actual = new TreeSet<>();
        for (JsonNode edge : JSON.readTree(Cli.run(db, "callers", "kvm_vcpu_kick", "--direct", "--json").out())) {
            actual.add(edge.get("from").asText());
        }
        assertEquals(expected, actual);
    }

    @Test
    void modulesAreNodesWithTheirModinfo() throws Exception {
        JsonNode rows = JSON.readTree(Cli.run(db, "cypher",
                "MATCH (m:Module {image: $image}) RETURN m.name AS name, m.license AS license ORDER BY name",
                "-p", "image=" + IMAGE, "--json").out());
        assertEquals(fixture.modules().size(), rows.size());
        for (JsonNode row : rows) {
            Path file = fixture.modules().stream().filter(m -> m.getFileName().toString().replace('-', '_')
                    .equals(row.get("name").asText() + ".ko")).findFirst().orElseThrow();
            List<String> modinfo = Tools.run(file.getParent(), List.of("/usr/bin/readelf", "-p", ".modinfo",
                    file.toString()));
            assertTrue(modinfo.stream().anyMatch(l -> l.endsWith("license=" + row.get("license").asText())),
                    row + " " + modinfo);
        }
    }
}

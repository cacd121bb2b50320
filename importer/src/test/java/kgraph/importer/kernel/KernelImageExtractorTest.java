package kgraph.importer.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kgraph.importer.BadInputException;
import kgraph.importer.btf.Bpftool;
import kgraph.importer.dwarf.LlvmDwarfdump;
import kgraph.importer.dwarf.LlvmDwarfdump.Die;
import kgraph.importer.dwarf.Tools;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraph.CallRow;
import kgraph.importer.graph.ImageGraph.GroupRow;
import kgraph.importer.graph.ImageGraph.InstanceRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A small kernel-like program built with {@code gcc -g -O2} and {@code pahole -J}, read by the
 * extractor: the classification follows from how the sources are written (see
 * {@code src/test/resources/kernel}), and symbols, call edges and prototypes are checked against
 * readelf, llvm-dwarfdump and bpftool on the same file.
 */
class KernelImageExtractorTest {

    @TempDir
    static Path dir;
    private static Path vmlinux;
    private static ImageGraph graph;

    @BeforeAll
    static void build() throws Exception {
        vmlinux = KernelFixture.build(dir);
        graph = VmlinuxImageSource.of(vmlinux, null).read();
    }

    @Test
    void namesTheImageFromTheBannerAndTheMachine() {
        assertEquals(KernelFixture.IMAGE, graph.image().name());
        assertEquals("vmlinux", graph.image().source());
        assertTrue(graph.image().compiler().startsWith("GCC: "), graph.image().compiler());
    }

    @ParameterizedTest
    @CsvSource({
        "lookup,      Static-Static Collision, No,        2",
        "list_length, Static Duplication,      Full,      2",
        "vfs_count,   Unique Global,           Selective, 1",
        "fs_weight,   Unique Static,           Selective, 1",
        "net_rx,      Unique Global,           No,        1",
    })
    void classifiesAsDepsurfDoes(String name, String collision, String inline, int definitions) {
        GroupRow group = group(name);
        assertEquals(collision, group.collision());
        assertEquals(inline, group.inline());
        assertEquals(definitions, instances(name).size());
        assertFalse(group.transformed());
    }

    @Test
    void symbolsAreReadelfsFunctionSymbolsOfEachGroup() throws Exception {
        Set<String> functions = graph.groups().stream().map(GroupRow::name).collect(Collectors.toSet());
        Map<String, Integer> expected = new TreeMap<>();
        for (String line : Tools.run(dir, List.of("/usr/bin/readelf", "-sW", vmlinux.toString()))) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length >= 8 && cols[3].equals("FUNC") && functions.contains(cols[7].split("\\.")[0])) {
                expected.merge(cols[7] + " " + Long.parseLong(cols[1], 16), 1, Integer::sum);
            }
        }
        Map<String, Integer> actual = new TreeMap<>();
        graph.symbols().forEach(s -> actual.merge(s.name() + " " + Long.parseUnsignedLong(s.addr(), 16),
                1, Integer::sum));
        assertEquals(expected, actual);
    }

    @Test
    void callEdgesAreLlvmDwarfdumpsCallSitesAndInlines() throws Exception {
        LlvmDwarfdump dump = LlvmDwarfdump.of(vmlinux);
        Map<String, Integer> expected = new TreeMap<>();
        for (Die die : dump.dies()) {
            String kind = switch (die.tag()) {
                case "DW_TAG_call_site" -> die.has("DW_AT_call_origin") ? "CALLS" : null;
                case "DW_TAG_inlined_subroutine" -> "INLINES";
                default -> null;
            };
            if (kind != null) {
                String originAttribute = kind.equals("CALLS") ? "DW_AT_call_origin" : "DW_AT_abstract_origin";
                Die callee = origin(dump, dump.at(die.reference(originAttribute)));
                expected.merge(callerOf(dump, die) + " " + kind + " " + callee.string("DW_AT_name"), 1, Integer::sum);
            }
        }
        Map<String, String> nameByKey = new HashMap<>();
        graph.instances().forEach(i -> nameByKey.put(i.key(), i.file() + ":" + i.name()));
        Map<String, Integer> actual = new TreeMap<>();
        for (CallRow call : graph.calls()) {
            String callee = nameByKey.get(call.toKey());
            actual.merge(nameByKey.get(call.fromKey()) + " " + call.kind() + " " + callee.substring(callee.indexOf(':') + 1),
                    call.sites(), Integer::sum);
        }
        assertEquals(expected, actual);
    }

    @Test
    void tailCallsAreCountedOnTheirEdge() throws Exception {
        LlvmDwarfdump dump = LlvmDwarfdump.of(vmlinux);
        long expected = dump.dies().stream().filter(d -> d.tag().equals("DW_TAG_call_site")
                && d.has("DW_AT_call_origin") && d.flag("DW_AT_call_tail_call")).count();
        assertTrue(expected > 0, "net_rx ends in a tail call to lookup");
        assertEquals(expected, graph.calls().stream().mapToLong(CallRow::tailSites).sum());
    }

    @Test
    void prototypesComeFromBtfForEveryBtfFunction() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (String line : Bpftool.dump(vmlinux)) {
            if (line.matches("\\[\\d+\\] FUNC '.*")) {
                expected.put(line.replaceFirst("^\\[\\d+\\] FUNC '([^']*)'.*", "$1"), "");
            }
        }
        assertTrue(expected.containsKey("vfs_count"));
        Map<String, String> actual = new TreeMap<>();
        graph.groups().stream().filter(g -> g.prototype() != null).forEach(g -> actual.put(g.name(), ""));
        assertEquals(expected.keySet(), actual.keySet());
        assertEquals(List.of("head", "limit"), group("vfs_count").paramNames());
    }

    @Test
    void aFileThatIsNotElfIsBadInputNamingIt() throws IOException {
        Path text = dir.resolve("not-a-kernel");
        Files.writeString(text, "hello\n");
        BadInputException e = assertThrows(BadInputException.class, () -> VmlinuxImageSource.of(text, null).read());
        assertTrue(e.getMessage().startsWith(text.toString()), e.getMessage());
    }

    @Test
    void anElfWithoutDwarfOrBtfIsRefusedWithAHint() throws Exception {
        Tools.run(dir, List.of(Tools.OBJCOPY, "--strip-debug", "--remove-section=.BTF", "vmlinux", "stripped"));
        BadInputException e = assertThrows(BadInputException.class,
                () -> VmlinuxImageSource.of(dir.resolve("stripped"), "6.1.0-99-test-amd64").read());
        assertTrue(e.getMessage().contains("no DWARF"), e.getMessage());
    }

    /** Without DWARF, BTF and symbols still tell the functions, prototypes and renames; the rest is unknown. */
    @Test
    void anElfWithBtfButNoDwarfIsImportedAsFarAsItGoes() throws Exception {
        Tools.run(dir, List.of(Tools.OBJCOPY, "--strip-debug", "vmlinux", "btf-only"));
        ImageGraph btfOnly = VmlinuxImageSource.of(dir.resolve("btf-only"), "6.1.0-99-test-amd64").read();
        assertEquals("vmlinux-btf", btfOnly.image().source());
        assertEquals(graph.groups().stream().filter(g -> g.prototype() != null).map(GroupRow::name).sorted().toList(),
                btfOnly.groups().stream().map(GroupRow::name).sorted().toList());
        assertTrue(btfOnly.groups().stream().allMatch(g -> g.inline() == null && g.collision() == null));
        assertEquals(group("vfs_count").paramNames(), btfOnly.groups().stream()
                .filter(g -> g.name().equals("vfs_count")).findFirst().orElseThrow().paramNames());
    }

    private static Die origin(LlvmDwarfdump dump, Die die) {
        return die.has("DW_AT_abstract_origin") ? dump.at(die.reference("DW_AT_abstract_origin")) : die;
    }

    /** {@code unit:function} of the out-of-line function whose code holds the site. */
    private static String callerOf(LlvmDwarfdump dump, Die site) {
        Die subprogram = site.parent();
        while (!subprogram.tag().equals("DW_TAG_subprogram")) {
            subprogram = subprogram.parent();
        }
        return site.compileUnit().string("DW_AT_name") + ":" + origin(dump, subprogram).string("DW_AT_name");
    }

    private static GroupRow group(String name) {
        return graph.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<InstanceRow> instances(String name) {
        List<InstanceRow> found = new ArrayList<>();
        graph.instances().stream().filter(i -> i.resolved() && i.name().equals(name)).forEach(found::add);
        return found;
    }
}

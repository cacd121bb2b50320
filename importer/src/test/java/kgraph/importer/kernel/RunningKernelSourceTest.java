package kgraph.importer.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kgraph.importer.BadInputException;
import kgraph.importer.Samples;
import kgraph.importer.btf.Bpftool;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraph.GroupRow;
import kgraph.importer.model.ImageName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kernel known by BTF and its symbol list, as {@code import running} reads one: a real Debian
 * BTF blob with its real System.map, checked against bpftool and a plain scan of the map.
 */
class RunningKernelSourceTest {

    private static final String IMAGE = "6.12.117+deb12-cloud-amd64";
    private static ImageGraph graph;
    private static Path systemMap;

    @BeforeAll
    static void read() {
        Path btf = Samples.debianBtf(IMAGE);
        systemMap = Samples.debianSystemMap(IMAGE);
        graph = new RunningKernelSource(btf, systemMap, ImageName.parse(IMAGE)).read();
    }

    @Test
    void everyBtfFunctionIsAGroup() throws Exception {
        Set<String> bpftoolFunctions = Bpftool.dump(Samples.debianBtf(IMAGE)).stream()
                .filter(line -> line.matches("\\[\\d+\\] FUNC '.*"))
                .map(line -> line.replaceFirst("^\\[\\d+\\] FUNC '([^']*)'.*", "$1"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(bpftoolFunctions, graph.groups().stream().map(GroupRow::name)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void symbolsAreTheMapsTextSymbolsOfThoseFunctions() throws Exception {
        Set<String> functions = graph.groups().stream().map(GroupRow::name).collect(Collectors.toSet());
        Map<String, Integer> expected = new HashMap<>();
        for (String line : zcat(systemMap)) {
            String[] columns = line.split(" ");
            String stem = columns[2].split("\\.")[0];
            if ((columns[1].equals("t") || columns[1].equals("T")) && !columns[2].startsWith("__pfx_")
                    && functions.contains(stem)) {
                expected.merge(columns[2] + " " + columns[0], 1, Integer::sum);
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        graph.symbols().forEach(s -> actual.merge(s.name() + " " + s.addr().replaceFirst("^0x", ""), 1, Integer::sum));
        assertEquals(expected, actual);
    }

    @Test
    void renamedSymbolsMarkTheirGroupTransformedAndTheRestStayUnknown() {
        Map<String, Boolean> renamed = new HashMap<>();
        graph.symbols().forEach(s -> renamed.merge(s.groupKey(), s.name().contains("."), Boolean::logicalOr));
        long transformed = 0;
        for (GroupRow group : graph.groups()) {
            assertEquals(renamed.get(group.key()), group.transformed(), group.name());
            assertNull(group.collision(), group.name());
            assertNull(group.inline(), group.name());
            transformed += Boolean.TRUE.equals(group.transformed()) ? 1 : 0;
        }
        assertTrue(transformed > 0, "a real kernel has renamed functions");
    }

    @Test
    void aBadSymbolLineIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
        Path map = dir.resolve("System.map");
        Files.writeString(map, "ffffffff81000000 T _stext\nnot-an-address T vfs_read\n");
        BadInputException e = assertThrows(BadInputException.class, () -> KallsymsReader.functions(map));
        assertTrue(e.getMessage().startsWith(map + ":2: "), e.getMessage());
    }

    private static List<String> zcat(Path gz) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("zcat", gz.toString()).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                .lines().toList();
        assertEquals(0, process.waitFor());
        return lines;
    }
}

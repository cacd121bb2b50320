package kgraph.importer.btf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BtfReaderTest {

    private static final Pattern TYPE_LINE = Pattern.compile("^\\[(\\d+)] (\\w+) '([^']*)'.*");

    @TempDir
    Path tmp;

    @Test
    void readsEveryTypeBpftoolReads() throws Exception {
        Path file = Samples.debianBtf("6.1.0-56-cloud-amd64");
        BtfTypes types = BtfReader.read(file);
        Map<String, Integer> expected = new TreeMap<>();
        int last = 0;
        for (String line : Bpftool.dump(file)) {
            Matcher m = TYPE_LINE.matcher(line);
            if (m.matches()) {
                expected.merge(m.group(2), 1, Integer::sum);
                last = Integer.parseInt(m.group(1));
                String name = m.group(3).equals("(anon)") ? "" : m.group(3);
                BtfType ours = types.get(last);
                assertEquals(m.group(2), ours.kind().name(), line);
                assertEquals(name, ours.name(), line);
            }
        }
        Map<String, Integer> actual = new TreeMap<>();
        types.own().forEach(t -> actual.merge(t.kind().name(), 1, Integer::sum));
        assertEquals(expected, actual);
        assertEquals(last, types.size());
    }

    @Test
    void writesPrototypesAsDepsurfPrintsThem() {
        Map<String, Prototype> protos = FunctionPrototypes.of(BtfReader.read(Samples.debianBtf("6.1.0-56-cloud-amd64")));
        // These lines are DepSurf's own pages for the same functions in Ubuntu's 6.x kernels.
        assertEquals("int vfs_rename(struct renamedata *rd);", protos.get("vfs_rename").declaration());
        assertEquals("void xen_pmu_init(int cpu);", protos.get("xen_pmu_init").declaration());
        assertEquals("int __cgroup_bpf_run_filter_sysctl(struct ctl_table_header *head, struct ctl_table *table, "
                + "int write, char **buf, size_t *pcount, loff_t *ppos, enum cgroup_bpf_attach_type atype);",
                protos.get("__cgroup_bpf_run_filter_sysctl").declaration());
    }

    @Test
    void refusesWhatIsNotBtf() throws Exception {
        Path notBtf = Files.writeString(tmp.resolve("x.btf"), "this is not BTF at all, just text......");
        BtfFormatException e = assertThrows(BtfFormatException.class, () -> BtfReader.read(notBtf));
        assertTrue(e.getMessage().startsWith(notBtf + ": offset 0x0: not BTF"), e.getMessage());
    }

    @Test
    void reportsATruncatedBlobWithItsOffset() throws Exception {
        byte[] whole = Files.readAllBytes(Samples.debianBtf("6.1.0-56-cloud-amd64"));
        Path cut = tmp.resolve("cut.btf");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        BtfFormatException e = assertThrows(BtfFormatException.class, () -> BtfReader.read(cut));
        assertTrue(e.getMessage().contains("run past the end"), e.getMessage());
    }

    @Test
    void readsAnotherArchitecturesBlob() {
        BtfTypes ppc = BtfReader.read(Samples.debianBtf("6.12.113+deb12-powerpc64le"));
        assertTrue(ppc.ofKind(BtfKind.FUNC).size() > 40_000, "functions: " + ppc.ofKind(BtfKind.FUNC).size());
        List<BtfType> named = ppc.ofKind(BtfKind.STRUCT).stream().filter(t -> t.name().equals("task_struct")).toList();
        assertEquals(1, named.size());
    }
}

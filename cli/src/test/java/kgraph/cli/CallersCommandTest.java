package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kgraph.importer.RawDepsurf;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Test;

class CallersCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AMD64 = "5.4.0-26-generic-amd64";

    @Test
    void kvmVcpuKickHasThirteenDirectCallSites() throws Exception {
        Cli.Result result = Cli.run(SampleDatabase.home(), "callers", "kvm_vcpu_kick", "--json");
        assertEquals(0, result.exit(), result.err());
        JsonNode edges = JSON.readTree(result.out());
        long sites = 0;
        List<String> callers = new ArrayList<>();
        for (JsonNode edge : edges) {
            assertEquals("CALLS", edge.get("kind").asText());
            sites += edge.get("sites").asLong();
            for (int i = 0; i < edge.get("sites").asInt(); i++) {
                callers.add(edge.get("fromFile").asText() + ":" + edge.get("from").asText());
            }
        }
        assertEquals(13, sites);
        List<String> raw = new ArrayList<>();
        RawDepsurf.group(Samples.sample(), "5.4.0-26-generic-arm64", "kvm_vcpu_kick").get("funcs").get(0)
                .get("caller_func").forEach(c -> raw.add(c.asText()));
        assertEquals(new TreeSet<>(raw), new TreeSet<>(callers));
    }

    @Test
    void depthTwoReachesTheCallersOfTheCallers() throws Exception {
        Cli.Result result = Cli.run(SampleDatabase.home(), "callers", "vfs_read", "--image", AMD64, "--depth", "2",
                "--direct", "--json");
        assertEquals(0, result.exit(), result.err());
        Set<String> levelOne = new HashSet<>();
        Set<String> levelTwo = new HashSet<>();
        for (JsonNode edge : JSON.readTree(result.out())) {
            String caller = edge.get("fromFile").asText() + ":" + edge.get("from").asText();
            (edge.get("depth").asInt() == 1 ? levelOne : levelTwo).add(caller);
        }
        Set<String> expectedOne = callerRefs(AMD64, "vfs_read", null);
        assertEquals(expectedOne, levelOne);
        Set<String> expectedTwo = new HashSet<>();
        for (String ref : expectedOne) {
            int colon = ref.lastIndexOf(':');
            expectedTwo.addAll(callerRefs(AMD64, ref.substring(colon + 1), ref.substring(0, colon)));
        }
        expectedTwo.removeAll(expectedOne);
        expectedTwo.remove("fs/read_write.c:vfs_read");
        assertTrue(levelTwo.containsAll(expectedTwo), "missing: " + diff(expectedTwo, levelTwo));
        assertTrue(levelTwo.contains("fs/read_write.c:__x64_sys_read"), levelTwo.toString());
    }

    @Test
    void calleesAreTheReverseEdges() throws Exception {
        Cli.Result result = Cli.run(SampleDatabase.home(), "callees", "ksys_read", "--image", AMD64, "--json");
        assertEquals(0, result.exit(), result.err());
        Set<String> callees = new HashSet<>();
        JSON.readTree(result.out()).forEach(e -> callees.add(e.get("to").asText()));
        assertTrue(callees.contains("vfs_read"), callees.toString());
    }

    /** The caller_func entries of a function's definitions (in {@code file}, or all when null). */
    private static Set<String> callerRefs(String image, String function, String file) {
        Set<String> refs = new HashSet<>();
        JsonNode group = RawDepsurf.group(Samples.sample(), image, function);
        if (group == null) {
            return refs;
        }
        for (JsonNode func : group.get("funcs")) {
            if (file == null || file.equals(func.get("file").asText())) {
                func.get("caller_func").forEach(c -> refs.add(c.asText()));
            }
        }
        return refs;
    }

    private static Set<String> diff(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        return missing;
    }
}

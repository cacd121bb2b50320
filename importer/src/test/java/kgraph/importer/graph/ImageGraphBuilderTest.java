package kgraph.importer.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import kgraph.importer.RawDepsurf;
import kgraph.importer.Samples;
import kgraph.importer.depsurf.DepsurfDataset;
import kgraph.importer.depsurf.DepsurfImage;
import kgraph.importer.graph.ImageGraph.CallKind;
import kgraph.importer.graph.ImageGraph.CallRow;
import org.junit.jupiter.api.Test;

class ImageGraphBuilderTest {

    private static final String ARM64 = "5.4.0-26-generic-arm64";

    private static ImageGraph build(String image) {
        DepsurfImage files = DepsurfDataset.open(Samples.sample()).images(java.util.List.of(image)).get(0);
        return new ImageGraphBuilder(files.name(), "depsurf").build(files.readFuncGroups(), files.readMetadata());
    }

    @Test
    void foldsRepeatedCallSitesWithoutLosingAny() {
        ImageGraph graph = build(ARM64);
        RawDepsurf.Totals raw = RawDepsurf.totals(Samples.sample(), ARM64);
        long directSites = graph.calls().stream().filter(c -> c.kind() == CallKind.CALLS).mapToLong(CallRow::sites).sum();
        long inlineSites = graph.calls().stream().filter(c -> c.kind() == CallKind.INLINES).mapToLong(CallRow::sites).sum();
        assertEquals(raw.callerFunc(), directSites);
        assertEquals(raw.callerInline(), inlineSites);
        assertTrue(graph.calls().size() < raw.callerFunc() + raw.callerInline(), "repeated sites fold into one edge");
    }

    @Test
    void resolvesCallersToDefinitionsInTheSameImageAndKeepsTheRest() {
        ImageGraph graph = build(ARM64);
        Set<String> definitions = new HashSet<>();
        for (JsonNode group : RawDepsurf.groups(Samples.sample(), ARM64)) {
            for (JsonNode func : group.get("funcs")) {
                if (!func.get("file").isNull()) {
                    definitions.add(func.get("file").asText() + ":" + func.get("name").asText());
                }
            }
        }
        Set<String> unresolvedReferences = new HashSet<>();
        for (JsonNode group : RawDepsurf.groups(Samples.sample(), ARM64)) {
            for (JsonNode func : group.get("funcs")) {
                for (String list : new String[] {"caller_func", "caller_inline"}) {
                    func.get(list).forEach(c -> {
                        if (!definitions.contains(c.asText())) {
                            unresolvedReferences.add(c.asText());
                        }
                    });
                }
            }
        }
        assertFalse(unresolvedReferences.isEmpty(), "the sample is cut, so some callers have no definition");
        assertEquals(unresolvedReferences.size(), graph.counts().unresolvedCallers());
        graph.instances().stream().filter(i -> !i.resolved())
                .forEach(i -> assertTrue(unresolvedReferences.contains(i.file() + ":" + i.name()), i.key()));
    }

    @Test
    void kvmVcpuKickHasItsThirteenDirectCallSites() {
        ImageGraph graph = build(ARM64);
        String kick = Keys.instance(ARM64, "kvm_vcpu_kick", 0);
        long sites = graph.calls().stream().filter(c -> c.toKey().equals(kick)).mapToLong(CallRow::sites).sum();
        assertEquals(13, sites);
    }
}

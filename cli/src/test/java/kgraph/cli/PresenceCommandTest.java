package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.RawDepsurf;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Test;

class PresenceCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void vfsReadShowsTheStatusItsRecordsGiveInEveryImage() throws Exception {
        Cli.Result result = Cli.run(SampleDatabase.home(), "presence", "vfs_read", "--json");
        assertEquals(0, result.exit(), result.err());
        JsonNode rows = JSON.readTree(result.out());
        assertEquals(RawDepsurf.images(Samples.sample()).size(), rows.size());
        for (JsonNode row : rows) {
            String image = row.get("image").asText();
            JsonNode record = RawDepsurf.group(Samples.sample(), image, "vfs_read");
            assertEquals(record != null, row.get("present").asBoolean(), image);
            assertEquals(expectedStatus(record), labels(row.get("status")), image);
        }
    }

    @Test
    void kvmVcpuKickIsOnlyInTheArm64Image() throws Exception {
        Cli.Result result = Cli.run(SampleDatabase.home(), "presence", "kvm_vcpu_kick", "--json");
        List<String> present = new ArrayList<>();
        JSON.readTree(result.out()).forEach(r -> {
            if (r.get("present").asBoolean()) {
                present.add(r.get("image").asText());
            }
        });
        assertEquals(List.of("5.4.0-26-generic-arm64"), present);
    }

    @Test
    void tableGroupsImagesRegularArchFlavor() {
        Cli.Result result = Cli.run(SampleDatabase.home(), "presence", "vfs_read");
        List<String> groups = result.out().lines().skip(2).filter(l -> !l.startsWith("vfs_read:"))
                .map(l -> l.split("\\s+")[0]).distinct().toList();
        assertEquals(List.of("Regular", "Arch", "Flavor"), groups);
        assertTrue(result.out().contains("vfs_read: present in 25 of 25 images"), result.out());
    }

    /** DepSurf's issue list for a group, read straight off the record's fields. */
    private static List<String> expectedStatus(JsonNode record) {
        List<String> labels = new ArrayList<>();
        if (record == null) {
            return labels;
        }
        String collision = record.get("collision_type").asText();
        if (collision.equals("Static Duplication")) {
            labels.add("Duplicate");
        } else if (collision.endsWith("Collision")) {
            labels.add("Collision");
        }
        String inline = record.get("inline_type").asText();
        if (inline.equals("Full") || inline.equals("Fully inlined")) {
            labels.add("Full Inline");
        } else if (inline.equals("Selective") || inline.equals("Partially inlined")) {
            labels.add("Selective Inline");
        }
        for (JsonNode symbol : record.get("symbols")) {
            if (symbol.get("name").asText().contains(".")) {
                labels.add("Transformation");
                break;
            }
        }
        return labels;
    }

    private static List<String> labels(JsonNode array) {
        List<String> labels = new ArrayList<>();
        array.forEach(l -> labels.add(l.asText()));
        return labels;
    }
}

package kgraph.importer.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import kgraph.importer.depsurf.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset reader against DepSurf's JSON files read plainly. */
class DepsurfKernelTypesTest {

    @TempDir
    Path tmp;

    @Test
    void everyImageHasAsManyOfEachKindAsItsFiles() throws Exception {
        for (String image : RawDataset.images()) {
            KernelTypes types = KernelTypes.fromDepsurf(RawDataset.root(), image);
            assertEquals(RawDataset.records("types_enum", image, "name").keySet(), types.enums().keySet(), image);
            assertEquals(RawDataset.records("types_union", image, "name").keySet(), types.unions().keySet(), image);
            assertEquals(RawDataset.records("tracepoints", image, "event_name").keySet(),
                    types.tracepoints().keySet(), image);
            TreeSet<String> syscalls = new TreeSet<>();
            RawDataset.syscalls(image).forEach(name -> syscalls.add(name.asText()));
            assertEquals(syscalls, new TreeSet<>(types.syscalls().keySet()), image);
            List<String> hooks = new ArrayList<>();
            RawDataset.records("types_union", image, "name").get("security_list_options").get("members")
                    .forEach(m -> hooks.add(m.get("name").asText()));
            assertEquals(hooks, List.copyOf(types.lsmHooks().keySet()), image);
            assertTrue(types.structs().isEmpty() && types.kfuncs().isEmpty(), image);
        }
    }

    @Test
    void recordsKeepEveryFieldValueAndParameter() throws Exception {
        String image = "6.8.0-31-generic-amd64";
        KernelTypes types = KernelTypes.fromDepsurf(RawDataset.root(), image);
        RawDataset.records("tracepoints", image, "event_name").forEach((event, raw) -> {
            Tracepoint tracepoint = types.tracepoints().get(event);
            assertEquals(raw.get("class_name").asText(), tracepoint.className());
            assertFields(raw.get("struct"), tracepoint.struct());
            List<String> params = new ArrayList<>();
            raw.get("func").get("type").get("params").forEach(p -> params.add(p.get("name").asText()));
            assertEquals(params, tracepoint.func().params().stream().map(p -> p.name()).toList(), event);
        });
        RawDataset.records("types_enum", image, "name").forEach((name, raw) -> {
            List<String> values = new ArrayList<>();
            raw.get("values").forEach(v -> values.add(v.get("name").asText() + "=" + v.get("val").asLong()));
            assertEquals(values, types.enums().get(name).values().stream().map(v -> v.name() + "=" + v.value()).toList());
            assertEquals(raw.get("size").asLong(), types.enums().get(name).size());
        });
        RawDataset.records("types_union", image, "name").forEach((name, raw) -> assertFields(raw, types.unions().get(name)));
    }

    private static void assertFields(JsonNode raw, StructType struct) {
        List<String> fields = new ArrayList<>();
        raw.get("members").forEach(m -> fields.add(m.get("name").asText() + "@" + m.get("bits_offset").asLong()));
        assertEquals(fields, struct.fields().stream().map(f -> f.name() + "@" + f.bitsOffset()).toList(), struct.name());
        assertEquals(raw.get("size").asLong(), struct.size());
        assertEquals(raw.get("kind").asText(), struct.kind());
    }

    @Test
    void datasetAndBtfDescribeAnUnchangedTracepointAlike() throws Exception {
        KernelTypes depsurf = KernelTypes.fromDepsurf(RawDataset.root(), "6.8.0-31-generic-amd64");
        KernelTypes btf = BtfImages.of(BtfImages.NEW).model();
        for (String event : List.of("sched_switch", "sched_process_exec", "sys_enter")) {
            assertEquals(depsurf.tracepoints().get(event).toShape(), btf.tracepoints().get(event).toShape(), event);
        }
    }

    @Test
    void readsStructAndFunctionFilesGzippedOrNot() throws Exception {
        String image = "5.4.0-26-generic-amd64";
        Map<String, JsonNode> tracepoints = RawDataset.records("tracepoints", image, "event_name");
        StringBuilder structs = new StringBuilder();
        StringBuilder funcs = new StringBuilder();
        tracepoints.values().forEach(t -> {
            structs.append(t.get("struct")).append('\n');
            funcs.append(t.get("func")).append('\n');
        });
        Files.createDirectories(tmp.resolve("types_struct"));
        Files.writeString(tmp.resolve("types_struct").resolve(image + ".jsonl"), structs);
        Files.createDirectories(tmp.resolve("types_func"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve("types_func").resolve(image + ".jsonl.gz")))) {
            out.write(funcs.toString().getBytes(StandardCharsets.UTF_8));
        }
        KernelTypes types = KernelTypes.fromDepsurf(tmp, image);
        TreeSet<String> structNames = new TreeSet<>();
        tracepoints.values().forEach(t -> structNames.add(t.get("struct_name").asText()));
        assertEquals(structNames, new TreeSet<>(types.structs().keySet()));
        KernelTypes reference = KernelTypes.fromDepsurf(RawDataset.root(), image);
        reference.tracepoints().values().forEach(t ->
                assertEquals(t.struct(), types.structs().get(t.struct().name()), t.event()));
    }

    @Test
    void badLinesAreReportedWithFileAndLine() throws Exception {
        String image = "5.4.0-26-generic-amd64";
        List<String> lines = new ArrayList<>(Files.readAllLines(RawDataset.root().resolve("types_enum").resolve(image + ".jsonl")));
        lines.set(2, lines.get(2).replace("\"values\"", "\"vals\""));
        Files.createDirectories(tmp.resolve("types_enum"));
        Path file = Files.write(tmp.resolve("types_enum").resolve(image + ".jsonl"), lines);
        DatasetException e = assertThrows(DatasetException.class, () -> KernelTypes.fromDepsurf(tmp, image));
        assertEquals(file, e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("missing key 'values'"), e.getMessage());
        lines.set(2, "{not json");
        Files.write(file, lines);
        assertEquals(3, assertThrows(DatasetException.class, () -> KernelTypes.fromDepsurf(tmp, image)).line());
    }
}

package kgraph.importer.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model read from real Debian BTF against bpftool's dump of the same blob. */
class BtfKernelTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {BtfImages.OLD, BtfImages.NEW})
    void structsAndUnionsHaveBpftoolsMembersFlattenedAsDepsurfDoes(String name) throws Exception {
        BtfImages.Image image = BtfImages.of(name);
        assertRecords(image.dump(), image.dump().named("STRUCT"), image.model().structs());
        assertRecords(image.dump(), image.dump().named("UNION"), image.model().unions());
    }

    private static void assertRecords(BpftoolDump dump, Map<String, BpftoolDump.Raw> expected,
                                      Map<String, StructType> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, raw) -> {
            StructType ours = actual.get(name);
            assertEquals(Long.parseLong(raw.attrs().get("size")), ours.size(), name);
            List<String> want = dump.flatten(raw, 0).stream()
                    .map(f -> f.name() + "@" + f.bitsOffset() + ":" + f.bitfieldSize()).toList();
            List<String> got = ours.fields().stream()
                    .map(f -> f.name() + "@" + f.bitsOffset() + ":" + f.bitfieldSize()).toList();
            assertEquals(want, got, name);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {BtfImages.OLD, BtfImages.NEW})
    void enumsHaveBpftoolsValuesReadAsDepsurfDoes(String name) throws Exception {
        BtfImages.Image image = BtfImages.of(name);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        image.dump().named("ENUM", "ENUM64").forEach((enumName, raw) -> expected.put(enumName, values(raw)));
        List<String> anonymous = new ArrayList<>();
        image.dump().inOrder.stream().filter(t -> t.kind().equals("ENUM") && t.name().equals("(anon)"))
                .forEach(t -> anonymous.addAll(values(t)));
        expected.put("(anon)", anonymous);
        Map<String, List<String>> actual = new LinkedHashMap<>();
        image.model().enums().forEach((enumName, type) -> actual.put(enumName,
                type.values().stream().map(v -> v.name() + "=" + v.value()).toList()));
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()));
        expected.forEach((enumName, values) -> assertEquals(values, actual.get(enumName), enumName));
        assertTrue(actual.values().stream().flatMap(List::stream).anyMatch(v -> v.contains("=-")),
                "some values are negative once read as signed");
    }

    private static List<String> values(BpftoolDump.Raw raw) {
        return raw.items().stream().map(v -> v.name() + "=" + BpftoolDump.value(raw, v)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {BtfImages.OLD, BtfImages.NEW})
    void lsmHooksAreTheMembersOfTheHookHeads(String name) throws Exception {
        BtfImages.Image image = BtfImages.of(name);
        Map<String, BpftoolDump.Raw> structs = image.dump().named("STRUCT");
        BpftoolDump.Raw heads = structs.getOrDefault("security_hook_heads", structs.get("lsm_static_calls_table"));
        assertNotNull(heads, "neither security_hook_heads nor lsm_static_calls_table");
        assertEquals(heads.items().stream().map(BpftoolDump.Item::name).toList(),
                List.copyOf(image.model().lsmHooks().keySet()));
        BpftoolDump.Raw options = image.dump().named("UNION").get("security_list_options");
        for (BpftoolDump.Item member : options.items()) {
            LsmHook hook = image.model().lsmHooks().get(member.name());
            if (hook == null) {
                continue;
            }
            BpftoolDump.Raw proto = image.dump().byId.get(image.dump().byId.get(member.typeId()).typeId());
            assertEquals(proto.items().size(), hook.prototype().params().size(), member.name());
        }
        BpftoolDump.Raw attachPoint = image.dump().named("FUNC").get("bpf_lsm_file_open");
        List<String> names = image.dump().byId.get(attachPoint.typeId()).items().stream()
                .map(BpftoolDump.Item::name).toList();
        assertEquals(names, image.model().lsmHooks().get("file_open").prototype().params().stream()
                .map(p -> p.name()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {BtfImages.OLD, BtfImages.NEW})
    void tracepointsAreTheBtfTraceTypedefs(String name) throws Exception {
        BtfImages.Image image = BtfImages.of(name);
        TreeSet<String> expected = new TreeSet<>();
        image.dump().named("TYPEDEF").keySet().stream().filter(n -> n.startsWith("btf_trace_"))
                .forEach(n -> expected.add(n.substring("btf_trace_".length())));
        assertEquals(expected, new TreeSet<>(image.model().tracepoints().keySet()));
        Map<String, BpftoolDump.Raw> structs = image.dump().named("STRUCT");
        Map<String, BpftoolDump.Raw> funcs = image.dump().named("FUNC");
        long known = 0;
        for (Tracepoint tracepoint : image.model().tracepoints().values()) {
            if (tracepoint.className() == null) {
                continue;
            }
            known++;
            BpftoolDump.Raw struct = structs.get("trace_event_raw_" + tracepoint.className());
            assertEquals(image.dump().flatten(struct, 0).stream().map(BpftoolDump.FlatField::name).toList(),
                    tracepoint.struct().fields().stream().map(StructType.Field::name).toList(), tracepoint.event());
            BpftoolDump.Raw handler = funcs.get("trace_event_raw_event_" + tracepoint.className());
            assertEquals(image.dump().byId.get(handler.typeId()).items().stream().map(BpftoolDump.Item::name).toList(),
                    tracepoint.func().params().stream().map(p -> p.name()).toList(), tracepoint.event());
        }
        assertTrue(known > expected.size() * 9 / 10, known + " of " + expected.size() + " have a class");
    }

    @ParameterizedTest
    @ValueSource(strings = {BtfImages.OLD, BtfImages.NEW})
    void syscallsAreTheX64EntryPoints(String name) throws Exception {
        BtfImages.Image image = BtfImages.of(name);
        TreeSet<String> expected = new TreeSet<>();
        image.dump().named("FUNC").keySet().stream().filter(n -> n.startsWith("__x64_sys_"))
                .forEach(n -> expected.add(n.substring("__x64_sys_".length())));
        assertEquals(expected, new TreeSet<>(image.model().syscalls().keySet()));
        assertFalse(expected.isEmpty());
    }
}

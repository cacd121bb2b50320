package kgraph.importer.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Programs, sections, types and license of compiled objects, compared with readelf, llvm-objdump and libbpf. */
class BpfProgramsTest {

    @TempDir
    static Path dir;
    static BpfToolchain tools;
    static ObjectTools objects;

    @BeforeAll
    static void build() {
        tools = new BpfToolchain(dir);
        objects = new ObjectTools(tools);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.bpf.c", "program_types.bpf.c", "core.bpf.c", "opensnoop.bpf.c"})
    void programsAreTheFunctionSymbolsOfTheExecutableSections(String source) {
        Path object = tools.compile(source);
        BpfObject bpf = BpfObject.open(object);

        List<ObjectTools.ToolProgram> expected = objects.programs(object).stream()
                .sorted(Comparator.comparing(ObjectTools.ToolProgram::name)).toList();
        List<ObjectTools.ToolProgram> actual = bpf.programs().stream()
                .map(p -> new ObjectTools.ToolProgram(p.name(), p.section()))
                .sorted(Comparator.comparing(ObjectTools.ToolProgram::name)).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
        assertEquals(ByteOrder.LITTLE_ENDIAN, bpf.byteOrder());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.bpf.c", "program_types.bpf.c", "core.bpf.c", "opensnoop.bpf.c"})
    void programTypesAndAttachTypesAreLibbpfs(String source) {
        Path object = tools.compile(source);
        Map<String, ObjectTools.LibbpfProgram> libbpf = objects.libbpfPrograms(object).stream()
                .collect(Collectors.toMap(ObjectTools.LibbpfProgram::name, Function.identity()));
        List<BpfProgram> programs = BpfObject.open(object).programs();
        assertEquals(libbpf.keySet(), programs.stream().map(BpfProgram::name).collect(Collectors.toSet()));
        for (BpfProgram program : programs) {
            ObjectTools.LibbpfProgram expected = libbpf.get(program.name());
            assertEquals(expected.section(), program.section());
            assertEquals(expected.type(), program.type(), program::toString);
            if (program.kernelAttachType() == null) {
                assertEquals(0, expected.attachNumber(), () -> program + " vs " + expected);
            } else {
                assertEquals(expected.attachName(), program.kernelAttachType(), program::toString);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.bpf.c", "core.bpf.c"})
    void licenseIsTheLicenseSectionsString(String source) {
        Path object = tools.compile(source);
        assertEquals(objects.sectionString(object, "license"), BpfObject.open(object).license().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"program_types.bpf.c"})
    void sleepableSectionsAreMarked(String source) {
        for (BpfProgram program : BpfObject.open(tools.compile(source)).programs()) {
            String prefix = program.section().split("/", 2)[0];
            assertEquals(prefix.endsWith(".s") || prefix.equals("syscall"), program.sleepable(), program::toString);
        }
    }
}

package kgraph.importer.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kgraph.importer.bpf.DependencyDetail.EnumValue;
import kgraph.importer.bpf.DependencyDetail.Field;
import kgraph.importer.bpf.DependencyDetail.TypeUse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CO-RE relocations resolved through the object's BTF, compared with bpftool's own CO-RE resolver
 * (gen min_core_btf against the kernel the fixtures were compiled for), with bpftool's C dump of the
 * object's BTF for member types, and with the accesses the C source spells out.
 */
class CoreRelocationsTest {

    @TempDir
    static Path dir;
    static BpfToolchain tools;

    @BeforeAll
    static void build() {
        tools = new BpfToolchain(dir);
    }

    private static List<Field> fields(BpfDependencies dependencies) {
        return dependencies.ofKind(DependencyKind.STRUCT_FIELD).stream().map(d -> (Field) d.detail()).toList();
    }

    private static Set<String> programNames(BpfObject object) {
        return object.programs().stream().map(BpfProgram::name).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"core.bpf.c", "opensnoop.bpf.c", "hooks.bpf.c"})
    void membersOnTheWayAreThoseBpftoolKeepsOfTheKernel(String source) {
        Path object = tools.compile(source);
        Set<String> ours = new TreeSet<>();
        for (Field field : fields(BpfObject.open(object).dependencies())) {
            field.steps().forEach(step -> ours.add(step.owner() + "." + step.member()));
        }
        assertFalse(ours.isEmpty());
        assertEquals(new TreeSet<>(MinCoreBtf.of(tools, object).members()), ours);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core.bpf.c", "opensnoop.bpf.c"})
    void checkedTypesAndEnumsAreAmongThoseBpftoolKeeps(String source) {
        Path object = tools.compile(source);
        BpfDependencies dependencies = BpfObject.open(object).dependencies();
        Set<String> kept = MinCoreBtf.of(tools, object).typeNames();
        for (BpfDependency type : dependencies.ofKind(DependencyKind.TYPE)) {
            assertTrue(kept.contains(type.name()), type::toString);
        }
        for (BpfDependency value : dependencies.ofKind(DependencyKind.ENUM_VALUE)) {
            assertTrue(kept.contains(((EnumValue) value.detail()).enumType()), value::toString);
        }
        for (Field field : fields(dependencies)) {
            assertTrue(kept.contains(field.type()), field::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"core.bpf.c", "opensnoop.bpf.c"})
    void memberTypesAreDeclaredSoInBpftoolsCDumpOfTheObject(String source) {
        Path object = tools.compile(source);
        String dump = String.join("\n", tools.run(tools.bpftool(), "btf", "dump", "file", object.toString(), "format", "c"));
        for (Field field : fields(BpfObject.open(object).dependencies())) {
            for (FieldStep step : field.steps()) {
                String block = typeBlock(dump, step.owner());
                String declaration = declaration(step.memberType(), step.member()) + ";";
                assertTrue(block.lines().map(String::strip).anyMatch(declaration::equals),
                        () -> declaration + " not in " + step.owner() + ":\n" + block);
            }
        }
    }

    /** The body of {@code struct NAME {…};}, {@code union NAME {…};} or {@code typedef struct {…} NAME;}. */
    private static String typeBlock(String dump, String name) {
        Matcher m = Pattern.compile("(?ms)^(?:struct|union) " + Pattern.quote(name) + " \\{$(.*?)^};$").matcher(dump);
        if (m.find()) {
            return m.group(1);
        }
        m = Pattern.compile("(?ms)^typedef (?:struct|union) \\{$(.*?)^} " + Pattern.quote(name) + ";$").matcher(dump);
        assertTrue(m.find(), () -> "no definition of " + name + " in bpftool's dump");
        return m.group(1);
    }

    /** How C declares {@code member} of the type spelled {@code type}: "char [16]" → "char comm[16]". */
    private static String declaration(String type, String member) {
        int bracket = type.indexOf(" [");
        if (bracket >= 0) {
            return type.substring(0, bracket) + " " + member + type.substring(bracket + 1);
        }
        return type.endsWith("*") ? type + member : type + " " + member;
    }

    @ParameterizedTest
    @ValueSource(strings = {"core.bpf.c", "opensnoop.bpf.c"})
    void everyBpfCoreReadAccessorIsAFieldOfTheProgramsThatRunIt(String source) {
        BpfObject object = BpfObject.open(tools.compile(source));
        BpfDependencies dependencies = object.dependencies();
        CSourceAccesses accesses = new CSourceAccesses(tools.source(source));
        List<CSourceAccesses.CoreRead> reads = accesses.coreReads();
        assertFalse(reads.isEmpty());
        for (CSourceAccesses.CoreRead read : reads) {
            Set<String> programs = accesses.programsRunning(read.function(), programNames(object));
            assertFalse(programs.isEmpty(), read::toString);
            for (int i = 0; i < read.accessors().size(); i++) {
                String path = read.accessors().get(i).replace(" ", "");
                List<BpfDependency> matching = dependencies.ofKind(DependencyKind.STRUCT_FIELD).stream()
                        .filter(d -> ((Field) d.detail()).path().equals(path)).toList();
                assertFalse(matching.isEmpty(), () -> "no field " + path + " for " + read);
                if (i == 0 && read.rootStruct() != null) {
                    String name = read.rootStruct() + "." + path;
                    BpfDependency root = dependencies.find(DependencyKind.STRUCT_FIELD, name).orElseThrow(
                            () -> new AssertionError("no " + name + " in\n" + dependencies));
                    assertTrue(root.programs().containsAll(programs), () -> root + " misses " + programs);
                } else {
                    assertTrue(matching.stream().anyMatch(d -> d.programs().containsAll(programs)),
                            () -> matching + " misses " + programs);
                }
            }
        }
    }

    @Test
    void bpfCoreChecksCarryTheirRelocationKinds() {
        String source = "core.bpf.c";
        BpfDependencies dependencies = BpfObject.open(tools.compile(source)).dependencies();
        CSourceAccesses accesses = new CSourceAccesses(tools.source(source));
        int checked = 0;
        for (String[] macro : new String[][] {{"bpf_core_field_exists", "FIELD_EXISTS"},
                {"bpf_core_field_size", "FIELD_BYTE_SIZE"}}) {
            for (CSourceAccesses.CoreCheck check : accesses.coreChecks(macro[0])) {
                String path = check.arguments().get(0).replaceFirst("^\\w+->", "");
                assertTrue(dependencies.ofKind(DependencyKind.STRUCT_FIELD).stream()
                        .map(d -> (Field) d.detail())
                        .anyMatch(f -> f.path().equals(path)
                                && f.relocations().contains(CoreRelocationKind.valueOf(macro[1]))), check::toString);
                checked++;
            }
        }
        for (CSourceAccesses.CoreCheck check : accesses.coreChecks("bpf_core_type_exists")) {
            String type = check.arguments().get(0).replaceFirst("^(struct|union|enum) ", "");
            TypeUse use = (TypeUse) dependencies.find(DependencyKind.TYPE, type).orElseThrow().detail();
            assertEquals(check.arguments().get(0), use.declaration());
            assertTrue(use.relocations().contains(CoreRelocationKind.TYPE_EXISTS));
            checked++;
        }
        for (String[] macro : new String[][] {{"bpf_core_enum_value_exists", "ENUMVAL_EXISTS"},
                {"bpf_core_enum_value", "ENUMVAL_VALUE"}}) {
            for (CSourceAccesses.CoreCheck check : accesses.coreChecks(macro[0])) {
                String name = check.arguments().get(0).replaceFirst("^enum ", "") + "." + check.arguments().get(1);
                EnumValue value = (EnumValue) dependencies.find(DependencyKind.ENUM_VALUE, name).orElseThrow().detail();
                assertTrue(value.relocations().contains(CoreRelocationKind.valueOf(macro[1])), name);
                checked++;
            }
        }
        assertEquals(5, checked, "the fixture's bpf_core_* checks");
    }

    @Test
    void kfuncsAreTheKsymsDatasecsFunctionsWithTheirUsers() {
        Path object = tools.compile("core.bpf.c");
        BpfObject bpf = BpfObject.open(object);
        List<BpfDependency> kfuncs = bpf.dependencies().ofKind(DependencyKind.KFUNC);

        Set<String> datasec = ksymsFunctions(tools.run(tools.bpftool(), "btf", "dump", "file", object.toString()));
        assertFalse(datasec.isEmpty());
        assertEquals(datasec, kfuncs.stream().map(BpfDependency::name).collect(Collectors.toCollection(TreeSet::new)));

        ObjectTools objects = new ObjectTools(tools);
        Set<String> weak = objects.symbols(object).stream().filter(s -> s.section().equals("UND"))
                .filter(s -> s.bind().equals("WEAK")).map(ObjectTools.Symbol::name).collect(Collectors.toSet());
        var users = UsersByObjdump.of(tools, object);
        for (BpfDependency kfunc : kfuncs) {
            DependencyDetail.Extern extern = (DependencyDetail.Extern) kfunc.detail();
            assertEquals(weak.contains(kfunc.name()), extern.weak(), kfunc::toString);
            assertEquals(users.functionsReferring(kfunc.name()), kfunc.programs(), kfunc::toString);
            assertEquals(sourcePrototype(tools.source("core.bpf.c"), kfunc.name()), extern.declaration());
        }
    }

    private static Set<String> ksymsFunctions(List<String> rawDump) {
        Set<String> names = new TreeSet<>();
        boolean inKsyms = false;
        for (String line : rawDump) {
            if (line.startsWith("[")) {
                inKsyms = line.matches("^\\[\\d+] DATASEC '\\.ksyms'.*");
            } else if (inKsyms) {
                Matcher m = Pattern.compile("\\(FUNC '(\\w+)'\\)").matcher(line);
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** The source's {@code extern … NAME(…) __ksym;} without extern, attributes and parameter names. */
    private static String sourcePrototype(String source, String name) {
        Matcher m = Pattern.compile("(?m)^extern (.*\\b" + name + "\\(.*\\)) __ksym.*;$").matcher(source);
        assertTrue(m.find(), name);
        return m.group(1).replaceAll("(?<=[\\s*])\\w+(?=[,)])", "").replace("*)", "*)") + ";";
    }

    /** bpftool and libbpf 1.1 do not open big-endian objects on a little-endian host: the little-endian build is the reference. */
    @Test
    void bigEndianObjectsReadTheSame() {
        BpfObject little = BpfObject.open(tools.compile("core.bpf.c", "bpf"));
        Path bigPath = tools.compile("core.bpf.c", "bpfeb");
        BpfObject big = BpfObject.open(bigPath);
        assertTrue(tools.run("readelf", "-h", bigPath.toString()).stream().anyMatch(l -> l.contains("big endian")));
        assertEquals(ByteOrder.BIG_ENDIAN, big.byteOrder());
        assertEquals(little.programs(), big.programs());
        assertEquals(little.license(), big.license());
        assertEquals(little.dependencies().all(), big.dependencies().all());
    }

    /** Which functions' code refers to a symbol, from llvm-objdump -dr's listing. */
    record UsersByObjdump(List<String[]> references) {

        static UsersByObjdump of(BpfToolchain tools, Path object) {
            List<String[]> references = new ArrayList<>();
            String function = null;
            Pattern header = Pattern.compile("^[0-9a-f]+ <(\\w+)>:$");
            Pattern relocation = Pattern.compile("^\\s+[0-9a-f]+:\\s+R_BPF_\\w+\\s+(\\S+)$");
            for (String line : tools.run("llvm-objdump", "-dr", "--no-show-raw-insn", object.toString())) {
                Matcher h = header.matcher(line);
                if (h.matches() && !h.group(1).startsWith("LBB")) {
                    function = h.group(1);
                }
                Matcher r = relocation.matcher(line);
                if (r.matches() && function != null) {
                    references.add(new String[] {function, r.group(1)});
                }
            }
            return new UsersByObjdump(references);
        }

        Set<String> functionsReferring(String symbol) {
            return references.stream().filter(r -> r[1].equals(symbol)).map(r -> r[0])
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}

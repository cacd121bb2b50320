package kgraph.importer.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kgraph.importer.dwarf.LlvmDwarfdump.Die;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads executables gcc builds from the C sources in {@code src/test/resources/dwarf/} (DWARF
 * 5, and DWARF 2 to 4 with GNU call sites; 32- and 64-bit DWARF; link-time optimised, whose
 * units refer into each other) and compares with what llvm-dwarfdump shows of the same binary.
 */
class DwarfFunctionReaderTest {

    private static final Set<String> WALKED = Set.of("DW_TAG_compile_unit", "DW_TAG_lexical_block",
            "DW_TAG_subprogram", "DW_TAG_inlined_subroutine");

    @TempDir
    static Path temp;

    private static final Map<String, Fixture> FIXTURES = new HashMap<>();

    private record Fixture(Path binary, String compDir, DwarfFunctions read, LlvmDwarfdump dump) {
    }

    @BeforeAll
    static void build() throws Exception {
        Tools.requireAll();
        for (String flag : List.of("-gdwarf-5", "-gdwarf-4", "-gdwarf-3", "-gdwarf-2", "-gdwarf-5 -gdwarf64",
                "-gdwarf-4 -gdwarf64", "-gdwarf-5 -flto")) {
            Path directory = temp.toRealPath().resolve(flag.replaceAll("[^a-z0-9]", ""));
            Path binary = CFixture.build(directory, "program", flag);
            FIXTURES.put(flag, new Fixture(binary, directory.toString(),
                    DwarfFunctionReader.read(ObjcopySections.dump(binary)), LlvmDwarfdump.of(binary)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-5", "-gdwarf-4", "-gdwarf-3", "-gdwarf-2", "-gdwarf-5 -gdwarf64", "-gdwarf-4 -gdwarf64", "-gdwarf-5 -flto"})
    void countsDiesLikeLlvmDwarfdump(String flag) {
        Fixture fixture = FIXTURES.get(flag);
        LlvmDwarfdump dump = fixture.dump();
        DwarfFunctions read = fixture.read();
        assertEquals(dump.count("DW_TAG_compile_unit"), read.compileUnits());
        assertEquals(dump.count("DW_TAG_subprogram"), read.subprogramDies());
        assertEquals(dump.count("DW_TAG_inlined_subroutine"), read.inlinedSubroutineDies());
        assertEquals(dump.count("DW_TAG_call_site", "DW_TAG_GNU_call_site"), read.callSiteDies());
        assertTrue(read.callSiteDies() > 0 && read.inlinedSubroutineDies() > 0);
        assertEquals(!flag.startsWith("-gdwarf-5"), dump.count("DW_TAG_GNU_call_site") > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-5", "-gdwarf-4", "-gdwarf-3", "-gdwarf-2", "-gdwarf-5 -gdwarf64", "-gdwarf-4 -gdwarf64", "-gdwarf-5 -flto"})
    void everyDefinedSubprogramHasItsDeclarationLocation(String flag) {
        Fixture fixture = FIXTURES.get(flag);
        Set<String> expected = new TreeSet<>();
        for (Die die : fixture.dump().dies()) {
            if (die.tag().equals("DW_TAG_subprogram") && die.has("DW_AT_name") && !die.flag("DW_AT_declaration")) {
                String loc = relative(fixture, die.string("DW_AT_decl_file")) + ":" + die.attribute("DW_AT_decl_line");
                String file = die.flag("DW_AT_external") ? "" : die.compileUnit().string("DW_AT_name");
                expected.add(die.string("DW_AT_name") + " @ " + loc + " in " + file);
            }
        }
        Set<String> actual = fixture.read().functions().stream().filter(function -> function.loc() != null)
                .map(function -> function.name() + " @ " + function.loc() + " in "
                        + (function.external() ? "" : function.file()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-5", "-gdwarf-4", "-gdwarf-3", "-gdwarf-2", "-gdwarf-5 -gdwarf64", "-gdwarf-4 -gdwarf64", "-gdwarf-5 -flto"})
    void callSitesMatchTheCallOriginsInTheDump(String flag) {
        Fixture fixture = FIXTURES.get(flag);
        List<String> expected = new ArrayList<>();
        List<String> expectedTail = new ArrayList<>();
        for (Die die : walkedDies(fixture.dump(), "DW_TAG_call_site", "DW_TAG_GNU_call_site")) {
            long origin = die.tag().equals("DW_TAG_call_site")
                    ? die.reference("DW_AT_call_origin") : die.reference("DW_AT_abstract_origin");
            if (origin < 0) {
                continue;
            }
            Die callee = fixture.dump().at(origin);
            if (callee.has("DW_AT_abstract_origin")) {
                callee = fixture.dump().at(callee.reference("DW_AT_abstract_origin"));
            }
            String pair = caller(fixture.dump(), die) + " -> " + callee.string("DW_AT_name");
            expected.add(pair);
            if (die.flag("DW_AT_call_tail_call") || die.flag("DW_AT_GNU_tail_call")) {
                expectedTail.add(pair);
            }
        }
        assertEquals(sorted(expected), sorted(pairs(fixture.read(), Kind.CALL)));
        assertEquals(sorted(expectedTail), sorted(pairs(fixture.read(), Kind.TAIL_CALL)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-5", "-gdwarf-4", "-gdwarf-3", "-gdwarf-2", "-gdwarf-5 -gdwarf64", "-gdwarf-4 -gdwarf64", "-gdwarf-5 -flto"})
    void inlinedSubroutinesMatchTheAbstractOriginsInTheDump(String flag) {
        Fixture fixture = FIXTURES.get(flag);
        List<String> expected = new ArrayList<>();
        for (Die die : walkedDies(fixture.dump(), "DW_TAG_inlined_subroutine")) {
            Die origin = fixture.dump().at(die.reference("DW_AT_abstract_origin"));
            expected.add(caller(fixture.dump(), die) + " -> " + origin.string("DW_AT_name"));
        }
        assertEquals(sorted(expected), sorted(pairs(fixture.read(), Kind.INLINE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-5", "-gdwarf-4", "-gdwarf-3", "-gdwarf-2", "-gdwarf-5 -gdwarf64", "-gdwarf-4 -gdwarf64", "-gdwarf-5 -flto"})
    void outOfLineFunctionsStartAtTheirLowPc(String flag) {
        Fixture fixture = FIXTURES.get(flag);
        int checked = 0;
        for (Die die : fixture.dump().dies()) {
            if (!die.tag().equals("DW_TAG_subprogram") || !die.has("DW_AT_low_pc")) {
                continue;
            }
            Die definition = die.has("DW_AT_abstract_origin") ? fixture.dump().at(die.reference("DW_AT_abstract_origin")) : die;
            DwarfFunction function = find(fixture, definition);
            if (function.callerInline().isEmpty()) {
                assertEquals(Long.decode(die.attribute("DW_AT_low_pc")).longValue(), function.addr(), function.name());
                checked++;
            } else {
                assertNotEquals(0, function.addr(), function.name());
            }
        }
        assertTrue(checked > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-5", "-gdwarf-4", "-gdwarf-3", "-gdwarf-2", "-gdwarf-5 -gdwarf64", "-gdwarf-4 -gdwarf64"})
    void theSourcesShapeComesThrough(String flag) {
        List<DwarfFunction> functions = FIXTURES.get(flag).read().functions();
        List<DwarfFunction> clampAdd = named(functions, "clamp_add");
        assertEquals(Set.of("alpha.c", "beta.c"), clampAdd.stream().map(DwarfFunction::file).collect(Collectors.toSet()),
                "a static inline function of a header gets one entry per including unit");
        clampAdd.forEach(function -> assertEquals("common.h:5", function.loc()));
        clampAdd.forEach(function -> assertEquals("declared, inlined", function.inline()));
        assertEquals(Set.of("alpha.c", "beta.c"),
                named(functions, "twice").stream().map(DwarfFunction::file).collect(Collectors.toSet()));
        DwarfFunction sharedApi = named(functions, "shared_api").get(0);
        assertEquals(1, named(functions, "shared_api").size(), "one entry for an external function");
        assertTrue(sharedApi.external());
        assertEquals("alpha.c", sharedApi.file());
        assertTrue(sharedApi.callerFunc().contains("beta.c:run_all"));
        DwarfFunction mixed = named(functions, "mixed").get(0);
        assertTrue(mixed.callerInline().contains("alpha.c:shared_api"), mixed.toString());
        assertEquals(List.of("alpha.c:tail_caller"), named(functions, "tail_target").get(0).tailCallers());
        assertTrue(named(functions, "recurse").get(0).callerFunc().contains("alpha.c:recurse"),
                "recursion is a call to itself");
        DwarfFunction alphaTwice = named(functions, "twice").stream().filter(f -> f.file().equals("alpha.c"))
                .findFirst().orElseThrow();
        assertTrue(alphaTwice.callerFunc().contains("alpha.c:mixed"),
                "calls in an out-of-line copy belong to the copy's origin: " + alphaTwice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-5", "-gdwarf-4", "-gdwarf-3", "-gdwarf-2", "-gdwarf-5 -gdwarf64", "-gdwarf-4 -gdwarf64", "-gdwarf-5 -flto"})
    void parallelAndSequentialReadsAgree(String flag) throws Exception {
        Path binary = FIXTURES.get(flag).binary();
        ObjcopySections sections = ObjcopySections.dump(binary);
        List<int[]> progress = new ArrayList<>();
        DwarfFunctions sequential = DwarfFunctionReader.read(sections, null, 1);
        DwarfFunctions parallel = DwarfFunctionReader.read(sections,
                (done, total, bytesDone, bytesTotal) -> progress.add(new int[] {done, total}), 4);
        assertEquals(sequential, parallel);
        assertEquals(FIXTURES.get(flag).read(), parallel);
        int units = (int) FIXTURES.get(flag).dump().count("DW_TAG_compile_unit");
        assertEquals(units, progress.size());
        for (int i = 0; i < progress.size(); i++) {
            assertEquals(i + 1, progress.get(i)[0]);
            assertEquals(units, progress.get(i)[1]);
        }
    }

    private enum Kind { CALL, TAIL_CALL, INLINE }

    private static List<String> pairs(DwarfFunctions read, Kind kind) {
        List<String> pairs = new ArrayList<>();
        for (DwarfFunction function : read.functions()) {
            List<String> callers = switch (kind) {
                case CALL -> function.callerFunc();
                case TAIL_CALL -> function.tailCallers();
                case INLINE -> function.callerInline();
            };
            callers.forEach(caller -> pairs.add(caller + " -> " + function.name()));
        }
        return pairs;
    }

    /** DIEs of the given tags that the walk reaches: every ancestor is of a walked tag. */
    private static List<Die> walkedDies(LlvmDwarfdump dump, String... tags) {
        List<String> wanted = List.of(tags);
        List<Die> reached = new ArrayList<>();
        for (Die die : dump.dies()) {
            if (!wanted.contains(die.tag())) {
                continue;
            }
            boolean walked = true;
            for (Die parent = die.parent(); parent != null; parent = parent.parent()) {
                walked &= WALKED.contains(parent.tag());
            }
            if (walked) {
                reached.add(die);
            }
        }
        return reached;
    }

    /** {@code unit:function} for the subprogram whose code holds {@code die}. */
    private static String caller(LlvmDwarfdump dump, Die die) {
        Die subprogram = die.parent();
        while (!subprogram.tag().equals("DW_TAG_subprogram")) {
            subprogram = subprogram.parent();
        }
        if (subprogram.has("DW_AT_abstract_origin")) {
            subprogram = dump.at(subprogram.reference("DW_AT_abstract_origin"));
        }
        return die.compileUnit().string("DW_AT_name") + ":" + subprogram.string("DW_AT_name");
    }

    private static DwarfFunction find(Fixture fixture, Die definition) {
        String name = definition.string("DW_AT_name");
        String loc = relative(fixture, definition.string("DW_AT_decl_file")) + ":" + definition.attribute("DW_AT_decl_line");
        String file = definition.compileUnit().string("DW_AT_name");
        return fixture.read().functions().stream()
                .filter(function -> function.name().equals(name) && loc.equals(function.loc())
                        && (function.external() || function.file().equals(file)))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for " + name + " at " + loc));
    }

    private static String relative(Fixture fixture, String path) {
        String prefix = fixture.compDir() + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private static List<DwarfFunction> named(List<DwarfFunction> functions, String name) {
        return functions.stream().filter(function -> function.name().equals(name)).toList();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}

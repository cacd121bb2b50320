package kgraph.importer.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The attach points of compiled objects: each names something the kernel they were compiled
 * against has (checked in bpftool's dump of that kernel's BTF), and is charged to exactly the
 * programs readelf finds in its section.
 */
class AttachPointsTest {

    private static final Set<DependencyKind> HOOKS = Set.of(DependencyKind.FUNCTION, DependencyKind.TRACEPOINT,
            DependencyKind.SYSCALL, DependencyKind.LSM_HOOK, DependencyKind.ITERATOR);

    @TempDir
    static Path dir;
    static BpfToolchain tools;
    static Set<String> kernelNames;

    @BeforeAll
    static void build() {
        tools = new BpfToolchain(dir);
        kernelNames = new HashSet<>();
        Pattern named = Pattern.compile("^\\[\\d+] (FUNC|TYPEDEF) '(\\w+)'.*");
        for (String line : tools.run(tools.bpftool(), "btf", "dump", "file", tools.kernelBtf().toString())) {
            Matcher m = named.matcher(line);
            if (m.matches()) {
                kernelNames.add(m.group(1) + " " + m.group(2));
            }
        }
    }

    /** How the kernel's BTF shows each kind of attach point. */
    private static String kernelName(BpfDependency dependency) {
        return switch (dependency.kind()) {
            case FUNCTION -> "FUNC " + dependency.name();
            case TRACEPOINT -> "TYPEDEF btf_trace_" + dependency.name();
            case SYSCALL -> "FUNC __x64_sys_" + dependency.name();
            case LSM_HOOK -> "FUNC bpf_lsm_" + dependency.name();
            case ITERATOR -> "FUNC bpf_iter_" + dependency.name();
            default -> throw new IllegalArgumentException(dependency.toString());
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.bpf.c", "core.bpf.c", "opensnoop.bpf.c"})
    void everyAttachPointExistsInTheKernelCompiledAgainst(String source) {
        List<BpfDependency> hooks = BpfObject.open(tools.compile(source)).dependencies().all().stream()
                .filter(d -> HOOKS.contains(d.kind())).toList();
        assertFalse(hooks.isEmpty());
        for (BpfDependency hook : hooks) {
            assertTrue(kernelNames.contains(kernelName(hook)), () -> kernelName(hook) + " for " + hook);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.bpf.c", "program_types.bpf.c"})
    void eachAttachPointIsChargedToTheProgramsOfItsSection(String source) {
        Path object = tools.compile(source);
        BpfObject bpf = BpfObject.open(object);
        Map<String, Set<String>> programsBySection = new ObjectTools(tools).programs(object).stream().collect(
                Collectors.groupingBy(ObjectTools.ToolProgram::section,
                        Collectors.mapping(ObjectTools.ToolProgram::name, Collectors.toCollection(TreeSet::new))));
        Set<String> charged = new TreeSet<>();
        for (BpfDependency dependency : bpf.dependencies().all()) {
            if (!(dependency.detail() instanceof DependencyDetail.Attachment)) {
                continue;
            }
            Set<String> sections = bpf.programs().stream().filter(p -> dependency.programs().contains(p.name()))
                    .map(BpfProgram::section).collect(Collectors.toSet());
            assertEquals(1, sections.size(), dependency::toString);
            String section = sections.iterator().next();
            assertEquals(programsBySection.get(section), dependency.programs(), dependency::toString);
            charged.add(section);
        }
        for (String section : programsBySection.keySet()) {
            boolean names = SectionRules.match(section).flatMap(ProgramSection::requirement).isPresent();
            assertEquals(names, charged.contains(section), section);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.bpf.c"})
    void userSpaceProbesAreReportedAsSuch(String source) {
        BpfObject bpf = BpfObject.open(tools.compile(source));
        Set<String> userSections = bpf.programs().stream()
                .filter(p -> p.section().matches("^(uprobe|uretprobe|usdt)(\\.s)?(/.*)?$"))
                .map(BpfProgram::name).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(userSections.isEmpty());
        Set<String> userPrograms = new TreeSet<>();
        bpf.dependencies().ofKind(DependencyKind.USER_SPACE).forEach(d -> userPrograms.addAll(d.programs()));
        assertEquals(userSections, userPrograms);
        for (BpfDependency dependency : bpf.dependencies().all()) {
            if (dependency.kind() != DependencyKind.USER_SPACE) {
                assertTrue(dependency.programs().stream().noneMatch(userSections::contains), dependency::toString);
            }
        }
    }
}

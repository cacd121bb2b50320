package kgraph.importer.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A realistic tool in the style of libbpf-tools' opensnoop: its whole dependency list equals what
 * its section names (per llvm-objdump -h) and its source's kernel-struct accesses say, with the
 * types of chained reads taken from bpftool's C dump of the object's BTF.
 */
class OpensnoopTest {

    private static final String SOURCE = "opensnoop.bpf.c";
    private static final Pattern SYSCALL_TRACEPOINT = Pattern.compile("^(?:tracepoint|tp)/syscalls/sys_(enter|exit)_(\\w+)$");
    private static final Pattern ARROW = Pattern.compile("\\b(\\w+)->(\\w+(?:\\[\\d+])?)");
    private static final Pattern POINTER = Pattern.compile("struct (\\w+)\\s*\\*\\s*(\\w+)");

    @TempDir
    static Path dir;
    static BpfToolchain tools;
    static Path object;
    static BpfObject bpf;

    @BeforeAll
    static void build() {
        tools = new BpfToolchain(dir);
        object = tools.compile(SOURCE);
        bpf = BpfObject.open(object);
    }

    @Test
    void dependencyListIsWhatTheSourceAndSectionsSay() {
        String source = tools.source(SOURCE);
        String dump = String.join("\n", tools.run(tools.bpftool(), "btf", "dump", "file", object.toString(), "format", "c"));
        Set<String> expected = new TreeSet<>();
        for (String section : new ObjectTools(tools).codeSections(object).values()) {
            Matcher m = SYSCALL_TRACEPOINT.matcher(section);
            if (m.matches()) {
                expected.add("SYSCALL " + m.group(2) + (m.group(1).equals("exit") ? " return" : ""));
            }
        }
        Set<String> ownStructs = new TreeSet<>();
        Matcher defined = Pattern.compile("(?m)^struct (\\w+) \\{$").matcher(source);
        while (defined.find()) {
            ownStructs.add(defined.group(1));
        }
        CSourceAccesses accesses = new CSourceAccesses(source);
        for (String function : accesses.functions()) {
            String text = functionText(source, function);
            Map<String, String> pointers = pointerVariables(text);
            Matcher arrow = ARROW.matcher(text);
            while (arrow.find()) {
                String struct = pointers.get(arrow.group(1));
                if (struct != null && !ownStructs.contains(struct)) {
                    expected.add("STRUCT_FIELD " + struct + "." + arrow.group(2));
                }
            }
        }
        for (CSourceAccesses.CoreRead read : accesses.coreReads()) {
            String struct = read.rootStruct();
            for (String accessor : read.accessors()) {
                expected.add("STRUCT_FIELD " + struct + "." + accessor);
                struct = pointeeStruct(dump, struct, accessor);
            }
        }

        Set<String> actual = bpf.dependencies().all().stream().map(OpensnoopTest::describe)
                .collect(Collectors.toCollection(TreeSet::new));
        System.out.println("opensnoop-like dependencies:\n" + bpf.dependencies());
        assertEquals(expected, actual);
        assertEquals(new ObjectTools(tools).sectionString(object, "license"), bpf.license().orElseThrow());
    }

    @Test
    void eachDependencyIsChargedToTheProgramWhoseCodeNeedsIt() {
        String source = tools.source(SOURCE);
        for (BpfDependency dependency : bpf.dependencies().all()) {
            assertEquals(1, dependency.programs().size(), dependency::toString);
            String program = dependency.programs().first();
            if (dependency.kind() == DependencyKind.SYSCALL) {
                String section = bpf.programs().stream().filter(p -> p.name().equals(program)).findFirst()
                        .orElseThrow().section();
                assertTrue(section.endsWith("_" + dependency.name()), () -> dependency + " vs " + section);
            } else {
                String name = dependency.name();
                String member = name.substring(name.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
                assertTrue(functionText(source, program).contains(member), () -> dependency + " not in " + program);
            }
        }
    }

    private static String describe(BpfDependency dependency) {
        boolean returns = dependency.detail() instanceof DependencyDetail.Attachment a && a.returnProbe();
        return dependency.kind() + " " + dependency.name() + (returns ? " return" : "");
    }

    /** The header line and body of a top-level function of the fixture. */
    private static String functionText(String source, String function) {
        Matcher m = Pattern.compile("(?ms)^[^\\n]*\\b" + Pattern.quote(function) + "\\b[^\\n]*\\n\\{\\n(.*?)^}$")
                .matcher(source);
        return m.find() ? m.group(0) : "";
    }

    private static Map<String, String> pointerVariables(String text) {
        Map<String, String> variables = new HashMap<>();
        Matcher m = POINTER.matcher(text);
        while (m.find()) {
            variables.put(m.group(2), m.group(1));
        }
        return variables;
    }

    /** The struct a pointer member points to, from its declaration in bpftool's C dump. */
    private static String pointeeStruct(String dump, String struct, String member) {
        Matcher block = Pattern.compile("(?ms)^struct " + Pattern.quote(struct) + " \\{$(.*?)^};$").matcher(dump);
        if (!block.find()) {
            return null;
        }
        Matcher m = Pattern.compile("struct (\\w+) \\*" + Pattern.quote(member) + ";").matcher(block.group(1));
        return m.find() ? m.group(1) : null;
    }
}

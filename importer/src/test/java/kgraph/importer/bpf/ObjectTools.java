package kgraph.importer.bpf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/** What readelf, llvm-objdump and libbpf itself report about an eBPF object, parsed for comparison. */
final class ObjectTools {

    /** A program as the standard tools see it: a function symbol in an executable section other than .text. */
    record ToolProgram(String name, String section) {
    }

    /** One line of libbpf's own view of a program (see list_programs.c). */
    record LibbpfProgram(String name, String section, String type, int attachNumber, String attachName) {
    }

    private static final Pattern OBJDUMP_SECTION = Pattern.compile(
            "^\\s*(\\d+)\\s+(\\S+)\\s+[0-9a-f]{8}\\s+[0-9a-f]{16}\\s*(\\S*)\\s*$");
    private static final Pattern READELF_SYMBOL = Pattern.compile(
            "^\\s*\\d+:\\s+[0-9a-f]+\\s+\\d+\\s+(\\w+)\\s+(\\w+)\\s+\\w+\\s+(\\w+)\\s+(\\S+)\\s*$");

    private final BpfToolchain tools;

    ObjectTools(BpfToolchain tools) {
        this.tools = tools;
    }

    /** Section index to name for the sections llvm-objdump -h marks TEXT (executable). */
    Map<Integer, String> codeSections(Path object) {
        Map<Integer, String> sections = new HashMap<>();
        for (String line : tools.run("llvm-objdump", "-h", object.toString())) {
            Matcher m = OBJDUMP_SECTION.matcher(line);
            if (m.matches() && m.group(3).equals("TEXT")) {
                sections.put(Integer.parseInt(m.group(1)), m.group(2));
            }
        }
        return sections;
    }

    /** The programs by readelf -sW's FUNC symbols and llvm-objdump -h's executable sections. */
    List<ToolProgram> programs(Path object) {
        Map<Integer, String> code = codeSections(object);
        List<ToolProgram> programs = new ArrayList<>();
        for (Symbol symbol : symbols(object)) {
            if (symbol.type().equals("FUNC") && symbol.section().matches("\\d+")) {
                String section = code.get(Integer.parseInt(symbol.section()));
                if (section != null && !section.equals(".text")) {
                    programs.add(new ToolProgram(symbol.name(), section));
                }
            }
        }
        return programs;
    }

    record Symbol(String type, String bind, String section, String name) {
    }

    List<Symbol> symbols(Path object) {
        List<Symbol> symbols = new ArrayList<>();
        for (String line : tools.run("readelf", "-sW", object.toString())) {
            Matcher m = READELF_SYMBOL.matcher(line);
            if (m.matches()) {
                symbols.add(new Symbol(m.group(1), m.group(2), m.group(3), m.group(4)));
            }
        }
        return symbols;
    }

    /** The string at the start of a section, as readelf -p dumps it. */
    String sectionString(Path object, String section) {
        for (String line : tools.run("readelf", "-p", section, object.toString())) {
            Matcher m = Pattern.compile("^\\s*\\[\\s*0]\\s+(.*)$").matcher(line);
            if (m.matches()) {
                return m.group(1);
            }
        }
        throw new AssertionError("readelf -p " + section + " printed no string");
    }

    /** libbpf's view, from list_programs.c built against the installed libbpf; skips when that cannot be built. */
    List<LibbpfProgram> libbpfPrograms(Path object) {
        Path lister = tools.dir().resolve("list_programs");
        if (!lister.toFile().canExecute()) {
            Path source = tools.copyResource("list_programs.c");
            Assumptions.assumeTrue(tools.succeeds("gcc", "-O1", source.toString(), "-lbpf",
                    "-o", lister.toString()), "cannot build a libbpf program (gcc, libbpf-dev)");
        }
        List<LibbpfProgram> programs = new ArrayList<>();
        for (String line : tools.run(lister.toString(), object.toString())) {
            String[] f = line.split("\t", -1);
            programs.add(new LibbpfProgram(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4]));
        }
        return programs;
    }
}

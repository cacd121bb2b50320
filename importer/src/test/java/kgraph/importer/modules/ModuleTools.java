package kgraph.importer.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kgraph.importer.ExternalCommand;
import org.junit.jupiter.api.Assumptions;

/** Runs the tools the module tests build with and compare against, and parses what they print. */
final class ModuleTools {

    static final List<String> REQUIRED = List.of("/usr/bin/gcc", "/usr/bin/ld", "/usr/bin/pahole", "/usr/bin/readelf",
            "/usr/bin/objcopy", "/usr/bin/strip", "/usr/bin/xz", "/usr/bin/llvm-dwarfdump", "/usr/sbin/bpftool");

    /** One line of {@code readelf -sW}; {@code ndx} is UND, ABS or a section number. */
    record Symbol(String name, long size, String type, String bind, String ndx) {
    }

    private static final Pattern SYMBOL = Pattern.compile(
            "^\\s*\\d+: [0-9a-f]+\\s+(0x[0-9a-f]+|\\d+) (\\S+)\\s+(\\S+)\\s+\\S+\\s+(\\S+)(?: (.*))?$");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*(\\d+)] (\\S+)\\s+\\S+\\s+[0-9a-f]+ .*");
    private static final Pattern STRING = Pattern.compile("^\\s*\\[\\s*[0-9a-f]+]\\s\\s(.*)$");
    private static final Pattern BTF_FUNC = Pattern.compile("^\\[\\d+] FUNC '([^']+)' .*");

    private ModuleTools() {
    }

    static void requireAll() {
        for (String tool : REQUIRED) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
        }
    }

    static List<String> run(Path directory, String... command) throws IOException, InterruptedException {
        return ExternalCommand.run(directory, List.of(command), true).requireSuccess(List.of(command)).lines();
    }

    /** {@code readelf -sW}: the entries of {@code .symtab}. */
    static List<Symbol> symbols(Path file) throws IOException, InterruptedException {
        List<Symbol> symbols = new ArrayList<>();
        for (String line : run(file.getParent(), "readelf", "-sW", file.toString())) {
            Matcher m = SYMBOL.matcher(line);
            if (m.matches()) {
                String size = m.group(1);
                symbols.add(new Symbol(m.group(5) == null ? "" : m.group(5),
                        size.startsWith("0x") ? Long.parseLong(size.substring(2), 16) : Long.parseLong(size),
                        m.group(2), m.group(3), m.group(4)));
            }
        }
        return symbols;
    }

    /** {@code readelf -SW}: section names by index. */
    static Map<String, String> sectionNames(Path file) throws IOException, InterruptedException {
        Map<String, String> names = new HashMap<>();
        for (String line : run(file.getParent(), "readelf", "-SW", file.toString())) {
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                names.put(m.group(1), m.group(2));
            }
        }
        return names;
    }

    /** {@code readelf -p .modinfo}: the strings, in order; what {@code modinfo} lists. */
    static List<String> modinfoStrings(Path file) throws IOException, InterruptedException {
        List<String> strings = new ArrayList<>();
        for (String line : run(file.getParent(), "readelf", "-p", ".modinfo", file.toString())) {
            Matcher m = STRING.matcher(line);
            if (m.matches()) {
                strings.add(m.group(1));
            }
        }
        return strings;
    }

    /** {@code bpftool -B base btf dump file module}: the names of the module's own FUNC types. */
    static List<String> btfFunctions(Path module, Path base) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (String line : run(module.getParent(), "/usr/sbin/bpftool", "-B", base.toString(), "btf", "dump", "file",
                module.toString())) {
            Matcher m = BTF_FUNC.matcher(line);
            if (m.matches()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}

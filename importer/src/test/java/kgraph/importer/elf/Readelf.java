package kgraph.importer.elf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses what {@code readelf -W} prints, to compare against. */
final class Readelf {

    /** One line of {@code readelf -sW}; {@code ndx} is UND, ABS, COM or a section number. */
    record Symbol(String name, long value, long size, String type, String bind, String visibility, String ndx) {
    }

    /** One entry of {@code readelf -rW}. */
    record Relocation(long offset, String type, String symbol, long addend) {
    }

    private static final Pattern TABLE = Pattern.compile("^Symbol table '([^']+)' contains (\\d+) entries:$");
    private static final Pattern SYMBOL = Pattern.compile(
            "^\\s*\\d+: ([0-9a-f]+)\\s+(0x[0-9a-f]+|\\d+) (\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)(?: (.*))?$");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*(\\d+)] (\\S+)\\s+\\S+\\s+[0-9a-f]+ .*");
    private static final Pattern RELOCATIONS = Pattern.compile("^Relocation section '([^']+)' at offset .*");
    private static final Pattern RELOCATION = Pattern.compile(
            "^([0-9a-f]+)\\s+[0-9a-f]+\\s+(\\S+)\\s+[0-9a-f]+\\s+(\\S+)(?: ([+-]) ([0-9a-f]+))?\\s*$");

    private final Toolchain tools;

    Readelf(Toolchain tools) {
        this.tools = tools;
    }

    /** The entries of the named symbol table, in order. */
    List<Symbol> symbols(Path file, String table) {
        List<Symbol> symbols = new ArrayList<>();
        boolean inTable = false;
        for (String line : tools.run("readelf", "-sW", file.toString())) {
            Matcher header = TABLE.matcher(line);
            if (header.matches()) {
                inTable = header.group(1).equals(table);
                continue;
            }
            Matcher m = SYMBOL.matcher(line);
            if (inTable && m.matches()) {
                String size = m.group(2);
                symbols.add(new Symbol(m.group(7) == null ? "" : m.group(7), Long.parseUnsignedLong(m.group(1), 16),
                        size.startsWith("0x") ? Long.parseUnsignedLong(size.substring(2), 16) : Long.parseLong(size),
                        m.group(3), m.group(4), m.group(5), m.group(6)));
            }
        }
        return symbols;
    }

    /** Section names by index. */
    Map<Integer, String> sectionNames(Path file) {
        Map<Integer, String> names = new HashMap<>();
        for (String line : tools.run("readelf", "-SW", file.toString())) {
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                names.put(Integer.parseInt(m.group(1)), m.group(2));
            }
        }
        return names;
    }

    /** A column of {@code readelf -SW} for the named section: "Off", "Size", "Flg"… */
    String sectionField(Path file, String section, int column) {
        for (String line : tools.run("readelf", "-SW", file.toString())) {
            String[] fields = line.replaceFirst("^\\s*\\[\\s*\\d+]\\s*", "").trim().split("\\s+");
            if (line.trim().startsWith("[") && fields.length > column && fields[0].equals(section)) {
                return fields[column];
            }
        }
        throw new AssertionError("readelf -SW lists no section " + section + " in " + file);
    }

    long sectionOffset(Path file, String section) {
        return Long.parseLong(sectionField(file, section, 3), 16);
    }

    long sectionSize(Path file, String section) {
        return Long.parseLong(sectionField(file, section, 4), 16);
    }

    /** The entries of the named relocation section. */
    List<Relocation> relocations(Path file, String section) {
        List<Relocation> relocations = new ArrayList<>();
        boolean inSection = false;
        for (String line : tools.run("readelf", "-rW", file.toString())) {
            Matcher header = RELOCATIONS.matcher(line);
            if (header.matches()) {
                inSection = header.group(1).equals(section);
                continue;
            }
            Matcher m = RELOCATION.matcher(line);
            if (inSection && m.matches()) {
                long addend = m.group(5) == null ? 0 : Long.parseUnsignedLong(m.group(5), 16);
                relocations.add(new Relocation(Long.parseUnsignedLong(m.group(1), 16), m.group(2), m.group(3),
                        "-".equals(m.group(4)) ? -addend : addend));
            }
        }
        return relocations;
    }

    /** The header field of {@code readelf -h} with that label, e.g. "Start of section headers". */
    long headerNumber(Path file, String label) {
        for (String line : tools.run("readelf", "-h", file.toString())) {
            String trimmed = line.trim();
            if (trimmed.startsWith(label + ":")) {
                String value = trimmed.substring(label.length() + 1).trim().split("\\s+")[0];
                return value.startsWith("0x") ? Long.parseLong(value.substring(2), 16) : Long.parseLong(value);
            }
        }
        throw new AssertionError("readelf -h prints no " + label + " for " + file);
    }
}

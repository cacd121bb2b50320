package kgraph.importer.deb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What dpkg-deb itself reads from a package, for the tests to compare with. */
final class DpkgDeb {

    /** {@code -rw-r--r-- root/root  6863142 2026-11-14 12:56 ./usr/lib/debug/boot/System.map-...}. */
    private static final Pattern CONTENTS_LINE =
            Pattern.compile("(\\S)\\S*\\s+\\S+\\s+(\\d+)\\s+\\S+\\s+\\S+\\s+(.+)");

    private DpkgDeb() {
    }

    /** {@code dpkg-deb -f DEB FIELD}, without the final newline. */
    static String field(Path deb, String field) {
        String out = Tools.run(deb.getParent(), "dpkg-deb", "-f", deb.toString(), field);
        return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }

    /** The field names {@code dpkg-deb -f DEB} prints, in order. */
    static List<String> fieldNames(Path deb) {
        List<String> names = new ArrayList<>();
        for (String line : Tools.lines(Tools.run(deb.getParent(), "dpkg-deb", "-f", deb.toString()))) {
            if (!line.startsWith(" ") && !line.startsWith("\t")) {
                names.add(line.substring(0, line.indexOf(':')));
            }
        }
        return names;
    }

    /** {@code dpkg-deb -c DEB} as entries, the archive root left out. */
    static List<DataEntry> contents(Path deb) {
        List<DataEntry> entries = new ArrayList<>();
        for (String line : Tools.lines(Tools.run(deb.getParent(), "dpkg-deb", "-c", deb.toString()))) {
            Matcher m = CONTENTS_LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException("unexpected dpkg-deb -c line: " + line);
            }
            String rest = m.group(3);
            long size = Long.parseLong(m.group(2));
            DataEntry entry = switch (m.group(1)) {
                case "-" -> new DataEntry(DataEntry.normalise(rest), DataEntry.Type.FILE, size, null);
                case "d" -> new DataEntry(DataEntry.normalise(rest), DataEntry.Type.DIRECTORY, 0, null);
                case "l" -> {
                    String[] parts = rest.split(" -> ", 2);
                    yield new DataEntry(DataEntry.normalise(parts[0]), DataEntry.Type.SYMLINK, 0, parts[1]);
                }
                case "h" -> {
                    String[] parts = rest.split(" link to ", 2);
                    yield new DataEntry(DataEntry.normalise(parts[0]), DataEntry.Type.HARDLINK, 0,
                            DataEntry.normalise(parts[1]));
                }
                default -> new DataEntry(DataEntry.normalise(rest), DataEntry.Type.OTHER, 0, null);
            };
            if (!entry.name().isEmpty()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** {@code ar t DEB}: the member names. */
    static List<String> members(Path deb) {
        return Tools.lines(Tools.run(deb.getParent(), "ar", "t", deb.toString()));
    }
}

package kgraph.importer.deb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a binary package's {@code control} file (deb-control(5)): {@code Field: value} lines,
 * continuation lines starting with a space or tab. A multi-line value keeps its continuation
 * lines as written, leading space included, so it reads as {@code dpkg-deb -f} prints it.
 */
final class ControlFile {

    private ControlFile() {
    }

    /** Fields in file order; throws {@link IllegalArgumentException} naming the bad line. */
    static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String field = null;
        StringBuilder value = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                if (field != null && i < lines.length - 1 && !restIsBlank(lines, i)) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": blank line inside the paragraph");
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (field == null) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": continuation line before any field");
                }
                value.append('\n').append(line);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 'Field: value', found '" + line + "'");
            }
            if (field != null) {
                fields.put(field, value.toString());
            }
            field = line.substring(0, colon);
            if (containsIgnoringCase(fields, field)) {
                throw new IllegalArgumentException("line " + (i + 1) + ": field " + field + " given twice");
            }
            value = new StringBuilder(line.substring(colon + 1).strip());
        }
        if (field != null) {
            fields.put(field, value.toString());
        }
        return Collections.unmodifiableMap(fields);
    }

    /** Field names are case-insensitive in Debian's control files. */
    static String get(Map<String, String> fields, String name) {
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean containsIgnoringCase(Map<String, String> fields, String name) {
        return get(fields, name) != null;
    }

    private static boolean restIsBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return false;
            }
        }
        return true;
    }
}

package kgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One saved script of the Browser guide: comment lines, then {@code :param name => literal;}
 * lines, then one Cypher statement ending in a semicolon.
 */
record GuideScript(Path file, String title, Map<String, Object> parameters, String statement) {

    private static final Pattern PARAM = Pattern.compile(":param (\\w+) => (?:'([^']*)'|(-?\\d+));");

    static GuideScript read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = lines.isEmpty() ? "" : lines.get(0);
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> cypher = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("//") || line.isBlank()) {
                continue;
            }
            if (line.startsWith(":")) {
                Matcher param = PARAM.matcher(line);
                if (!param.matches()) {
                    throw new IllegalArgumentException(file + ": not a :param line the guide allows: " + line);
                }
                parameters.put(param.group(1), param.group(2) != null ? param.group(2) : Long.parseLong(param.group(3)));
                continue;
            }
            cypher.add(line);
        }
        String statement = String.join("\n", cypher).strip();
        if (!statement.endsWith(";") || statement.indexOf(';') != statement.length() - 1) {
            throw new IllegalArgumentException(file + ": expected exactly one statement ending in ';'");
        }
        return new GuideScript(file, title, parameters, statement.substring(0, statement.length() - 1));
    }
}

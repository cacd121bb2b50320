package kgraph.importer.bpf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fixture's C source says it accesses, read from the text: the top-level functions and the
 * programs that run each (callers for static helpers), the accessor chains of {@code BPF_CORE_READ}
 * calls, and the arguments of the {@code bpf_core_*} checks. Only the simple forms the fixtures use.
 */
final class CSourceAccesses {

    /** One {@code BPF_CORE_READ(src, a, b, …)}: the root variable's struct (null if unknown), the accessors. */
    record CoreRead(String function, String rootStruct, List<String> accessors) {
    }

    /** One {@code bpf_core_NAME(arguments)} call. */
    record CoreCheck(String function, String macro, List<String> arguments) {
    }

    private static final Pattern FUNCTION_HEADER = Pattern.compile("^(?:static\\s+)?(?:__\\w+\\s+)*\\w[\\w\\s*]*?"
            + "(?:BPF_\\w+\\((\\w+)|\\b(\\w+)\\()");
    private static final Pattern POINTER_DECLARATION = Pattern.compile("struct (\\w+)\\s*\\*\\s*(\\w+)");

    private final Map<String, String> bodies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    CSourceAccesses(String source) {
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher header = FUNCTION_HEADER.matcher(lines[i]);
            if (!lines[i].startsWith(" ") && !lines[i].startsWith("\t") && !lines[i].startsWith("#")
                    && header.find() && i + 1 < lines.length && lines[i + 1].equals("{")) {
                String name = header.group(1) != null ? header.group(1) : header.group(2);
                StringBuilder body = new StringBuilder();
                int j = i + 2;
                while (j < lines.length && !lines[j].equals("}")) {
                    body.append(lines[j]).append('\n');
                    j++;
                }
                headers.put(name, lines[i]);
                bodies.put(name, body.toString());
                i = j;
            }
        }
    }

    Set<String> functions() {
        return bodies.keySet();
    }

    /** The functions that call {@code function}, found by name in their bodies, transitively; itself if none. */
    Set<String> programsRunning(String function, Set<String> programs) {
        Set<String> found = new TreeSet<>();
        List<String> pending = new ArrayList<>(List.of(function));
        Set<String> seen = new TreeSet<>();
        while (!pending.isEmpty()) {
            String f = pending.remove(0);
            if (!seen.add(f)) {
                continue;
            }
            if (programs.contains(f)) {
                found.add(f);
            }
            for (Map.Entry<String, String> other : bodies.entrySet()) {
                if (other.getValue().matches("(?s).*\\b" + Pattern.quote(f) + "\\(.*")) {
                    pending.add(other.getKey());
                }
            }
        }
        return found;
    }

    List<CoreRead> coreReads() {
        List<CoreRead> reads = new ArrayList<>();
        for (Map.Entry<String, String> function : bodies.entrySet()) {
            for (List<String> arguments : calls(function.getValue(), "BPF_CORE_READ")) {
                String root = rootStruct(function.getKey(), arguments.get(0));
                reads.add(new CoreRead(function.getKey(), root, arguments.subList(1, arguments.size())));
            }
        }
        return reads;
    }

    List<CoreCheck> coreChecks(String macro) {
        List<CoreCheck> checks = new ArrayList<>();
        for (Map.Entry<String, String> function : bodies.entrySet()) {
            for (List<String> arguments : calls(function.getValue(), macro)) {
                checks.add(new CoreCheck(function.getKey(), macro, arguments));
            }
        }
        return checks;
    }

    /** The struct of {@code variable} in {@code function}, from its parameter list or body. */
    private String rootStruct(String function, String variable) {
        for (String text : List.of(headers.get(function), bodies.get(function))) {
            Matcher m = POINTER_DECLARATION.matcher(text);
            while (m.find()) {
                if (m.group(2).equals(variable)) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** The top-level comma-separated arguments of every {@code name(…)} call in {@code text}. */
    static List<List<String>> calls(String text, String name) {
        List<List<String>> calls = new ArrayList<>();
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\(").matcher(text);
        while (m.find()) {
            List<String> arguments = new ArrayList<>();
            int depth = 0;
            StringBuilder current = new StringBuilder();
            for (int i = m.end(); i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '[') {
                    depth++;
                } else if ((c == ')' || c == ']') && depth > 0) {
                    depth--;
                } else if (c == ')') {
                    break;
                } else if (c == ',' && depth == 0) {
                    arguments.add(current.toString().strip());
                    current.setLength(0);
                    continue;
                }
                current.append(c);
            }
            arguments.add(current.toString().strip());
            calls.add(arguments);
        }
        return calls;
    }
}

package kgraph.importer.dwarf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The DIE tree of a binary as {@code llvm-dwarfdump --debug-info} prints it. */
public final class LlvmDwarfdump {

    private static final Pattern DIE = Pattern.compile("^0x([0-9a-f]+):( +)(DW_TAG_\\w+|NULL)");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s+(DW_AT_\\w+)\\s+\\((.*)$");

    /** One DIE with its printed attribute values (outer parentheses removed). */
    public record Die(long offset, String tag, Die parent, Map<String, String> attributes) {

        public String attribute(String name) {
            return attributes.get(name);
        }

        public boolean has(String name) {
            return attributes.containsKey(name);
        }

        /** A flag is printed as {@code true} for DW_FORM_flag_present and as a number for DW_FORM_flag. */
        public boolean flag(String name) {
            String value = attributes.get(name);
            return value != null && (value.equals("true") || (value.startsWith("0x") && Long.decode(value) != 0));
        }

        /** The value of a string attribute without its quotes, or null. */
        public String string(String name) {
            String value = attributes.get(name);
            return value == null ? null : value.substring(value.indexOf('"') + 1, value.lastIndexOf('"'));
        }

        /** The DIE offset a reference attribute points at, or -1. */
        public long reference(String name) {
            String value = attributes.get(name);
            if (value == null) {
                return -1;
            }
            int end = value.indexOf(' ');
            return Long.parseLong((end < 0 ? value : value.substring(0, end)).substring(2), 16);
        }

        public Die compileUnit() {
            Die die = this;
            while (die.parent() != null) {
                die = die.parent();
            }
            return die;
        }
    }

    private final List<Die> dies;
    private final Map<Long, Die> byOffset = new LinkedHashMap<>();

    private LlvmDwarfdump(List<Die> dies) {
        this.dies = dies;
        for (Die die : dies) {
            byOffset.put(die.offset(), die);
        }
    }

    public static LlvmDwarfdump of(Path binary) throws IOException, InterruptedException {
        return parse(Tools.run(binary.getParent(), List.of(Tools.LLVM_DWARFDUMP, "--debug-info", binary.toString())));
    }

    public static LlvmDwarfdump parse(List<String> lines) {
        List<Die> dies = new ArrayList<>();
        Deque<Die> open = new ArrayDeque<>();
        Map<String, String> attributes = null;
        for (String line : lines) {
            Matcher die = DIE.matcher(line);
            if (die.find()) {
                int depth = (die.group(2).length() - 1) / 2;
                while (open.size() > depth) {
                    open.pop();
                }
                if (die.group(3).equals("NULL")) {
                    attributes = null;
                    continue;
                }
                attributes = new LinkedHashMap<>();
                Die created = new Die(Long.parseLong(die.group(1), 16), die.group(3), open.peek(), attributes);
                dies.add(created);
                open.push(created);
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (attributes != null && attribute.find()) {
                String value = attribute.group(2);
                attributes.put(attribute.group(1), value.endsWith(")") ? value.substring(0, value.length() - 1) : value);
            }
        }
        return new LlvmDwarfdump(dies);
    }

    public List<Die> dies() {
        return dies;
    }

    public Die at(long offset) {
        Die die = byOffset.get(offset);
        if (die == null) {
            throw new IllegalArgumentException("no DIE at 0x" + Long.toHexString(offset));
        }
        return die;
    }

    long count(String... tags) {
        List<String> wanted = List.of(tags);
        return dies.stream().filter(die -> wanted.contains(die.tag())).count();
    }
}

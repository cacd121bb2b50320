package kgraph.importer.modules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code key=value} strings of a module's {@code .modinfo} section (NUL-separated, as
 * {@code modinfo} prints them), in order; a key may repeat ({@code alias}, {@code parm}).
 */
public record ModInfo(Map<String, List<String>> fields) {

    public static final ModInfo EMPTY = new ModInfo(Map.of());

    public ModInfo {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        fields = Collections.unmodifiableMap(copy);
    }

    public static ModInfo parse(ByteBuffer section) {
        byte[] bytes = new byte[section.remaining()];
        section.duplicate().get(bytes);
        return parse(new String(bytes, StandardCharsets.UTF_8).split("\0"));
    }

    /** From {@code key=value} strings; empty strings (alignment padding) and strings without '=' are skipped. */
    public static ModInfo parse(String... entries) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                fields.computeIfAbsent(entry.substring(0, equals), k -> new ArrayList<>())
                        .add(entry.substring(equals + 1));
            }
        }
        return new ModInfo(fields);
    }

    /** Every value of {@code key}, in section order. */
    public List<String> all(String key) {
        return fields.getOrDefault(key, List.of());
    }

    /** The first value of {@code key}, or null. */
    public String first(String key) {
        List<String> values = all(key);
        return values.isEmpty() ? null : values.get(0);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** {@code depends=a,b}: the module names, '-' and '_' made equal; empty for {@code depends=}. */
    public List<String> depends() {
        List<String> names = new ArrayList<>();
        for (String value : all("depends")) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(ModuleNames.canonical(name.strip()));
                }
            }
        }
        return names;
    }
}

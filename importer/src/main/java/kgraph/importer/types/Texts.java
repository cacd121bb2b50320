package kgraph.importer.types;

import java.util.HashMap;
import java.util.Map;

/** Shares equal strings: a kernel's fields repeat a few thousand type texts tens of thousands of times. */
final class Texts {

    private final Map<String, String> seen = new HashMap<>();

    String share(String text) {
        String known = seen.putIfAbsent(text, text);
        return known == null ? text : known;
    }
}

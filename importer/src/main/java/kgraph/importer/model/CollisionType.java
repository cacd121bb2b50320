package kgraph.importer.model;

import java.util.Arrays;

/** How many definitions share a function's name in one image, and of which linkage (DepSurf's terms). */
public enum CollisionType {
    UNIQUE_GLOBAL("Unique Global"),
    UNIQUE_STATIC("Unique Static"),
    STATIC_DUPLICATION("Static Duplication"),
    STATIC_STATIC("Static-Static Collision"),
    STATIC_GLOBAL("Static-Global Collision");

    private final String label;

    CollisionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CollisionType fromLabel(String label) {
        return Arrays.stream(values())
                .filter(c -> c.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown collision_type '" + label + "'"));
    }
}

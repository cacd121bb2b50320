package kgraph.importer.model;

import java.util.Arrays;

/**
 * Whether a function's body survives in the image. DepSurf renamed the values in March 2025
 * ("Not inlined" became "No" and so on); both spellings are accepted.
 */
public enum InlineType {
    NO("No", "Not inlined"),
    FULL("Full", "Fully inlined"),
    SELECTIVE("Selective", "Partially inlined");

    private final String label;
    private final String legacyLabel;

    InlineType(String label, String legacyLabel) {
        this.label = label;
        this.legacyLabel = legacyLabel;
    }

    public String label() {
        return label;
    }

    public static InlineType fromLabel(String label) {
        return Arrays.stream(values())
                .filter(t -> t.label.equals(label) || t.legacyLabel.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown inline_type '" + label + "'"));
    }
}

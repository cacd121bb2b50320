package kgraph.importer.types;

import com.fasterxml.jackson.databind.JsonNode;

/** Required fields of a dataset record; a missing or mistyped one is an {@link IllegalArgumentException}. */
final class JsonFields {

    private JsonFields() {
    }

    static JsonNode node(JsonNode parent, String key) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing key '" + key + "'");
        }
        return value;
    }

    static String text(JsonNode parent, String key) {
        JsonNode value = node(parent, key);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + key + "' is not a string: " + value);
        }
        return value.asText();
    }

    static long number(JsonNode parent, String key) {
        JsonNode value = node(parent, key);
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + key + "' is not an integer: " + value);
        }
        return value.asLong();
    }

    static JsonNode array(JsonNode parent, String key) {
        JsonNode value = node(parent, key);
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + key + "' is not a list: " + value);
        }
        return value;
    }
}

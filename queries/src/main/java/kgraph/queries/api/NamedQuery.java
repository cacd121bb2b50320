package kgraph.queries.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A Cypher statement with a name, loaded from {@code kgraph/queries/<name>.cypher}. Values
 * always travel as parameters; the text never changes at run time.
 */
public record NamedQuery(String name, String text) {

    public static NamedQuery load(String name) {
        String resource = "/kgraph/queries/" + name + ".cypher";
        try (InputStream in = NamedQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("named query " + name + " is missing (" + resource + ")");
            }
            return new NamedQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

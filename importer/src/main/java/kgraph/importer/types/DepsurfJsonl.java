package kgraph.importer.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import kgraph.importer.depsurf.DatasetException;

/**
 * Reads DepSurf's per-image files ({@code <kind>/<image>.jsonl}, optionally gzipped), one JSON
 * record a line. Bad JSON or a record the parser refuses stops the read with a
 * {@link DatasetException} naming file and line.
 */
final class DepsurfJsonl {

    private static final JsonMapper JSON = new JsonMapper();
    private static final int BUFFER = 1 << 16;

    private DepsurfJsonl() {
    }

    /** {@code <dataset>/<kind>/<image>.<extension>} or its {@code .gz}; null if neither exists. */
    static Path find(Path dataset, String kind, String image, String extension) {
        Path plain = dataset.resolve(kind).resolve(image + "." + extension);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path gzipped = plain.resolveSibling(plain.getFileName() + ".gz");
        return Files.isRegularFile(gzipped) ? gzipped : null;
    }

    /** Parses every non-blank line with {@code parser} and hands the result to {@code sink}; returns the line count. */
    static <T> long read(Path file, Function<JsonNode, T> parser, Consumer<T> sink) {
        long line = 0;
        try (BufferedReader in = open(file)) {
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    sink.accept(parse(file, line, text, parser));
                }
            }
        } catch (IOException e) {
            throw new DatasetException(file, line + 1, "cannot read: " + e.getMessage(), e);
        }
        return line;
    }

    /** The whole file as one JSON document. */
    static JsonNode readTree(Path file) {
        try (BufferedReader in = open(file)) {
            return JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new DatasetException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DatasetException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static <T> T parse(Path file, long line, String text, Function<JsonNode, T> parser) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DatasetException(file, line, "invalid JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return parser.apply(node);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, line, e.getMessage(), e);
        }
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, BUFFER) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
    }
}

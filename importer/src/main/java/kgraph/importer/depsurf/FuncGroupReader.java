package kgraph.importer.depsurf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code func_groups/<image>.jsonl[.gz]}, one {@link FuncGroupRecord} per line. The
 * first bad line stops the read with a {@link DatasetException} naming file and line.
 */
public final class FuncGroupReader {

    private static final ObjectReader READER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build()
            .readerFor(FuncGroupRecord.class);

    private FuncGroupReader() {
    }

    public static List<FuncGroupRecord> readAll(Path file) {
        List<FuncGroupRecord> groups = new ArrayList<>();
        long line = 0;
        try (BufferedReader in = DatasetFiles.openText(file)) {
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                groups.add(parse(file, line, text));
            }
        } catch (IOException e) {
            throw new DatasetException(file, line + 1, "cannot read: " + describe(e), e);
        }
        if (groups.isEmpty()) {
            throw new DatasetException(file, 0, "no function groups in file (empty)");
        }
        return groups;
    }

    private static FuncGroupRecord parse(Path file, long line, String text) {
        try {
            FuncGroupRecord group = READER.readValue(text);
            group.validate();
            return group;
        } catch (JsonProcessingException e) {
            throw new DatasetException(file, line, "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, line, e.getMessage(), e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}

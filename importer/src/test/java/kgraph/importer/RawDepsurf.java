package kgraph.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads DepSurf func_groups files as untyped JSON trees, independently of the importer's
 * reader, so tests can compute expected figures from the input itself.
 */
public final class RawDepsurf {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RawDepsurf() {
    }

    public static Path funcGroups(Path dataset, String image) {
        Path gz = dataset.resolve("func_groups").resolve(image + ".jsonl.gz");
        return Files.exists(gz) ? gz : dataset.resolve("func_groups").resolve(image + ".jsonl");
    }

    public static List<JsonNode> groups(Path dataset, String image) {
        Path file = funcGroups(dataset, image);
        List<JsonNode> groups = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                        : Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                groups.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }

    public static JsonNode group(Path dataset, String image, String name) {
        return groups(dataset, image).stream().filter(g -> g.get("name").asText().equals(name)).findFirst()
                .orElse(null);
    }

    /** Totals over one image: groups, funcs, symbols, caller_func and caller_inline entries. */
    public record Totals(long groups, long funcs, long symbols, long callerFunc, long callerInline) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, 0);

        public Totals plus(Totals other) {
            return new Totals(groups + other.groups, funcs + other.funcs, symbols + other.symbols,
                    callerFunc + other.callerFunc, callerInline + other.callerInline);
        }
    }

    public static Totals totals(Path dataset, String image) {
        long groups = 0, funcs = 0, symbols = 0, callerFunc = 0, callerInline = 0;
        for (JsonNode group : groups(dataset, image)) {
            groups++;
            symbols += group.get("symbols").size();
            for (JsonNode func : group.get("funcs")) {
                funcs++;
                callerFunc += func.get("caller_func").size();
                callerInline += func.get("caller_inline").size();
            }
        }
        return new Totals(groups, funcs, symbols, callerFunc, callerInline);
    }

    public static List<String> images(Path dataset) {
        try (var files = Files.list(dataset.resolve("func_groups"))) {
            return files.map(p -> p.getFileName().toString().replaceAll("\\.jsonl(\\.gz)?$", "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

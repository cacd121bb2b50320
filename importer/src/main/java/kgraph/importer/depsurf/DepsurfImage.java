package kgraph.importer.depsurf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kgraph.importer.model.ImageName;

/** The files of one image in a DepSurf dataset; the metadata files may be absent (null). */
public record DepsurfImage(ImageName name, Path funcGroups, Path syscalls, Path config, Path comment) {

    private static final JsonMapper JSON = new JsonMapper();

    /** The dataset folder: {@code func_groups/} sits in it. */
    public Path datasetRoot() {
        return funcGroups.toAbsolutePath().getParent().getParent();
    }

    public List<FuncGroupRecord> readFuncGroups() {
        return FuncGroupReader.readAll(funcGroups);
    }

    public ImageMetadata readMetadata() {
        return new ImageMetadata(readCompiler(), readSyscalls(), readConfig());
    }

    private String readCompiler() {
        return comment == null ? null : DatasetFiles.readString(comment).strip();
    }

    /** {@code syscalls/<image>.json}: an object from syscall number to name. */
    private Map<Integer, String> readSyscalls() {
        Map<Integer, String> syscalls = new TreeMap<>();
        if (syscalls == null) {
            return syscalls;
        }
        JsonNode root;
        try {
            root = JSON.readTree(DatasetFiles.readString(this.syscalls));
        } catch (JsonProcessingException e) {
            throw new DatasetException(this.syscalls, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new DatasetException(this.syscalls, 0, "expected a JSON object from syscall number to name");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().matches("\\d+") || !entry.getValue().isTextual()) {
                throw new DatasetException(this.syscalls, 0,
                        "expected \"<number>\": \"<name>\", found \"" + entry.getKey() + "\": " + entry.getValue());
            }
            syscalls.put(Integer.parseInt(entry.getKey()), entry.getValue().asText());
        }
        return syscalls;
    }

    /** {@code config/<image>.config}: the options that are set, as {@code CONFIG_X=value}. */
    private List<String> readConfig() {
        List<String> options = new ArrayList<>();
        if (config == null) {
            return options;
        }
        for (String line : DatasetFiles.readString(config).split("\n")) {
            if (line.startsWith("CONFIG_")) {
                options.add(line.strip());
            }
        }
        return options;
    }
}

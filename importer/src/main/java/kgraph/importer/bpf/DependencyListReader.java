package kgraph.importer.bpf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the plain {@code kind name} dependency list {@link BpfDependencies#fromList} describes. */
final class DependencyListReader {

    private static final Map<String, DependencyKind> KINDS = Map.ofEntries(
            Map.entry("function", DependencyKind.FUNCTION),
            Map.entry("pattern", DependencyKind.FUNCTION_PATTERN),
            Map.entry("tracepoint", DependencyKind.TRACEPOINT),
            Map.entry("syscall", DependencyKind.SYSCALL),
            Map.entry("lsm", DependencyKind.LSM_HOOK),
            Map.entry("iterator", DependencyKind.ITERATOR),
            Map.entry("kfunc", DependencyKind.KFUNC),
            Map.entry("variable", DependencyKind.KERNEL_VARIABLE),
            Map.entry("struct", DependencyKind.STRUCT_FIELD),
            Map.entry("union", DependencyKind.STRUCT_FIELD),
            Map.entry("type", DependencyKind.TYPE),
            Map.entry("enum", DependencyKind.ENUM_VALUE));
    private static final List<String> KIND_NAMES = KINDS.keySet().stream().sorted().toList();
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])*"
            + "(\\.[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])*)*");
    private static final Pattern GLOB = Pattern.compile("[A-Za-z0-9_.*?]+");
    private static final Set<CoreRelocationKind> NO_RELOCATIONS = Set.of();

    private final String file;
    private final DependencyCollector collected = new DependencyCollector();

    private DependencyListReader(String file) {
        this.file = file;
    }

    static List<BpfDependency> read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        DependencyListReader reader = new DependencyListReader(path.toString());
        for (int i = 0; i < lines.size(); i++) {
            reader.line(i + 1, lines.get(i));
        }
        return reader.collected.dependencies();
    }

    private void line(int number, String raw) {
        int comment = raw.indexOf('#');
        String text = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
        if (text.isEmpty()) {
            return;
        }
        String[] words = text.split("\\s+");
        if (words.length != 2) {
            throw BpfFormatException.atLine(file, number, "expected 'kind name', got '" + text + "'");
        }
        String kindWord = words[0];
        String name = words[1];
        DependencyKind kind = KINDS.get(kindWord);
        if (kind == null) {
            throw BpfFormatException.atLine(file, number, "unknown dependency kind '" + kindWord
                    + "', expected one of " + String.join(", ", KIND_NAMES));
        }
        switch (kind) {
            case STRUCT_FIELD -> field(number, kindWord, name);
            case ENUM_VALUE -> enumValue(number, name);
            case TRACEPOINT -> tracepoint(number, name);
            case FUNCTION_PATTERN -> {
                require(number, GLOB, name, "a function glob");
                collected.add(kind, name, new DependencyDetail.None(), List.of());
            }
            case TYPE -> {
                require(number, IDENTIFIER, name, "a type name");
                collected.add(kind, name, new DependencyDetail.None(), List.of());
            }
            default -> {
                require(number, IDENTIFIER, name, "a " + kindWord + " name");
                collected.add(kind, name, new DependencyDetail.None(), List.of());
            }
        }
    }

    private void field(int number, String container, String name) {
        int dot = name.indexOf('.');
        if (dot <= 0 || !FIELD_PATH.matcher(name).matches()) {
            throw BpfFormatException.atLine(file, number, "expected " + container
                    + " TYPE.FIELD[.FIELD…], got '" + name + "'");
        }
        String type = name.substring(0, dot);
        String path = name.substring(dot + 1);
        collected.add(DependencyKind.STRUCT_FIELD, name,
                new DependencyDetail.Field(container, type, path, null, List.of(), NO_RELOCATIONS), List.of());
    }

    private void enumValue(int number, String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length != 2 || !IDENTIFIER.matcher(parts[0]).matches() || !IDENTIFIER.matcher(parts[1]).matches()) {
            throw BpfFormatException.atLine(file, number, "expected enum ENUM.VALUE, got '" + name + "'");
        }
        collected.add(DependencyKind.ENUM_VALUE, name,
                new DependencyDetail.EnumValue(parts[0], parts[1], NO_RELOCATIONS), List.of());
    }

    private void tracepoint(int number, String name) {
        String[] parts = name.split("/", -1);
        for (String part : parts) {
            require(number, IDENTIFIER, part, "tracepoint NAME or CATEGORY/NAME");
        }
        if (parts.length > 2) {
            throw BpfFormatException.atLine(file, number, "expected tracepoint NAME or CATEGORY/NAME, got '"
                    + name + "'");
        }
        DependencyDetail detail = parts.length == 2
                ? new DependencyDetail.Attachment("tracepoint", false, false, parts[0], 0)
                : new DependencyDetail.None();
        collected.add(DependencyKind.TRACEPOINT, parts[parts.length - 1], detail, List.of());
    }

    private void require(int number, Pattern pattern, String name, String expected) {
        if (!pattern.matcher(name).matches()) {
            throw BpfFormatException.atLine(file, number, "expected " + expected + ", got '" + name + "'");
        }
    }
}

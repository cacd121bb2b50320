package kgraph.importer.modules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The module index files of {@code lib/modules/<krel>/} and the kernel config, all optional:
 * {@code modules.builtin} (modules linked into vmlinux, one relative path a line),
 * {@code modules.builtin.modinfo} (their {@code .modinfo} strings prefixed with {@code name.}),
 * {@code modules.dep} ({@code path: dependency paths}, written by depmod; Debian's packages do
 * not ship it, depmod makes it on installation) and {@code boot/config-<krel>}. Files may be
 * added while modules are being extracted on other threads; a module extracted before a file
 * arrives does not see it.
 */
public final class ModulesMetadata {

    private final Map<String, String> builtin = new LinkedHashMap<>();
    private final Map<String, List<String>> builtinModInfo = new LinkedHashMap<>();
    private final Map<String, List<String>> dependencies = new LinkedHashMap<>();
    private final Set<String> filesRead = new HashSet<>();
    private KernelConfig config = KernelConfig.NONE;

    /**
     * Takes one of the files by its name ({@code modules.builtin}, ..., or {@code config}); a
     * second copy of a file already read (the image and the debug package both ship
     * {@code modules.builtin}) is ignored.
     */
    public synchronized void add(String file, ByteBuffer contents) {
        if (!filesRead.add(file)) {
            return;
        }
        String text = StandardCharsets.UTF_8.decode(contents.duplicate()).toString();
        switch (file) {
            case "modules.builtin" -> text.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> builtin.put(ModuleNames.fromPath(line), line));
            case "modules.builtin.modinfo" -> addBuiltinModInfo(text);
            case "modules.dep" -> addDependencies(text);
            case "config" -> config = KernelConfig.parse(text);
            default -> throw new IllegalArgumentException("not a modules metadata file: " + file);
        }
    }

    private void addBuiltinModInfo(String text) {
        for (String entry : text.split("\0")) {
            int dot = entry.indexOf('.');
            int equals = entry.indexOf('=');
            if (dot > 0 && equals > dot) {
                builtinModInfo.computeIfAbsent(ModuleNames.canonical(entry.substring(0, dot)), k -> new ArrayList<>())
                        .add(entry.substring(dot + 1));
            }
        }
    }

    private void addDependencies(String text) {
        text.lines().forEach(line -> {
            int colon = line.indexOf(':');
            if (colon > 0) {
                List<String> names = new ArrayList<>();
                for (String path : line.substring(colon + 1).trim().split("\\s+")) {
                    if (!path.isEmpty()) {
                        names.add(ModuleNames.fromPath(path));
                    }
                }
                dependencies.put(ModuleNames.fromPath(line.substring(0, colon)), names);
            }
        });
    }

    /**
     * The modules linked into vmlinux, by name, with their path as {@code modules.builtin} writes
     * it: those {@code modules.builtin} lists, and those with a {@code file=} entry in
     * {@code modules.builtin.modinfo} (some, such as {@code 8250}, are only there). Other names in {@code modules.builtin.modinfo} ({@code printk.parm=...}) are
     * parameters of built-in code, not modules.
     */
    public synchronized Map<String, String> builtinModules() {
        Map<String, String> all = new LinkedHashMap<>(builtin);
        builtinModInfo.keySet().forEach(name -> {
            String file = builtinModInfo(name).first("file");
            if (file != null) {
                all.putIfAbsent(name, "kernel/" + file + ".ko");
            }
        });
        return all;
    }

    public synchronized boolean isBuiltin(String moduleName) {
        String name = ModuleNames.canonical(moduleName);
        return builtin.containsKey(name) || builtinModInfo(name).first("file") != null;
    }

    /** The {@code .modinfo} a built-in module would have had, from {@code modules.builtin.modinfo}. */
    public synchronized ModInfo builtinModInfo(String moduleName) {
        List<String> entries = builtinModInfo.get(ModuleNames.canonical(moduleName));
        return entries == null ? ModInfo.EMPTY : ModInfo.parse(entries.toArray(String[]::new));
    }

    /** The dependencies {@code modules.dep} lists for the module (all of them, depmod's closure), or null when it has no line. */
    public synchronized List<String> dependencies(String moduleName) {
        return dependencies.get(ModuleNames.canonical(moduleName));
    }

    public synchronized boolean hasModulesDep() {
        return !dependencies.isEmpty();
    }

    public synchronized KernelConfig config() {
        return config;
    }
}

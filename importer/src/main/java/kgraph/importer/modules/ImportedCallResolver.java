package kgraph.importer.modules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which image a module's imported call lands in, as the module loader binds it: an
 * undefined symbol of a {@code .ko} is resolved against the symbols that vmlinux and the loaded
 * modules export, and modpost writes into {@code depends=} exactly the modules whose exports a
 * module uses. So a callee exported by a module in the caller's {@code depends} (searched breadth
 * first, dependencies of dependencies after) is that module's; any other is vmlinux's.
 * Only export names are kept, not the modules' facts.
 */
public final class ImportedCallResolver {

    public static final String VMLINUX = "vmlinux";

    private final Map<String, Set<String>> exports = new HashMap<>();
    private final Map<String, List<String>> depends = new HashMap<>();

    public synchronized void add(ModuleFacts module) {
        Set<String> names = new HashSet<>();
        module.exports().forEach(export -> names.add(export.name()));
        exports.put(module.name(), names);
        depends.put(module.name(), module.depends());
    }

    /** The module that provides {@code callee} to {@code moduleName}, or {@link #VMLINUX}. */
    public synchronized String provider(String moduleName, String callee) {
        Deque<String> queue = new ArrayDeque<>(depends.getOrDefault(ModuleNames.canonical(moduleName), List.of()));
        Set<String> visited = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            String candidate = queue.poll();
            if (exports.getOrDefault(candidate, Set.of()).contains(callee)) {
                return candidate;
            }
            for (String next : depends.getOrDefault(candidate, List.of())) {
                if (visited.add(next)) {
                    queue.add(next);
                }
            }
        }
        return VMLINUX;
    }
}

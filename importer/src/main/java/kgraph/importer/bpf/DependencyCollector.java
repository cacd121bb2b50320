package kgraph.importer.bpf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Gathers dependencies, merging repeated uses of one dependency and the programs behind them. */
final class DependencyCollector {

    private final Map<String, BpfDependency> byKey = new LinkedHashMap<>();

    void add(DependencyKind kind, String name, DependencyDetail detail, Collection<String> programs) {
        String key = kind + "\0" + name + "\0" + detail.getClass().getSimpleName() + "\0" + detail.key();
        BpfDependency earlier = byKey.get(key);
        if (earlier == null) {
            byKey.put(key, new BpfDependency(kind, name, detail, new TreeSet<>(programs)));
            return;
        }
        TreeSet<String> all = new TreeSet<>(earlier.programs());
        all.addAll(programs);
        byKey.put(key, new BpfDependency(kind, name, earlier.detail().merge(detail), all));
    }

    List<BpfDependency> dependencies() {
        return new ArrayList<>(byKey.values());
    }
}

package kgraph.importer.deb;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every entry of a {@code data.tar} in archive order, with symlinks and hard links resolvable. */
public final class DataListing {

    /** More hops than any package needs; stops link cycles. */
    private static final int MAX_LINK_HOPS = 40;

    private final List<DataEntry> entries;
    private final Map<String, DataEntry> byName;

    public DataListing(List<DataEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, DataEntry> map = new LinkedHashMap<>();
        for (DataEntry e : entries) {
            map.put(e.name(), e);
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    public List<DataEntry> entries() {
        return entries;
    }

    public Optional<DataEntry> get(String name) {
        return Optional.ofNullable(byName.get(DataEntry.normalise(name)));
    }

    /**
     * The regular file a name stands for, following symlinks (relative to the link's folder, or
     * absolute from the package root) and hard links; empty when the name or a target is not in
     * the package, or the links go round in a circle.
     */
    public Optional<DataEntry> resolve(String name) {
        DataEntry entry = byName.get(DataEntry.normalise(name));
        for (int hops = 0; entry != null && hops <= MAX_LINK_HOPS; hops++) {
            switch (entry.type()) {
                case FILE:
                    return Optional.of(entry);
                case HARDLINK:
                    entry = byName.get(entry.linkTarget());
                    break;
                case SYMLINK:
                    entry = byName.get(symlinkTarget(entry));
                    break;
                default:
                    return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String symlinkTarget(DataEntry link) {
        String target = link.linkTarget();
        Deque<String> parts = new ArrayDeque<>();
        if (!target.startsWith("/")) {
            int slash = link.name().lastIndexOf('/');
            if (slash > 0) {
                for (String p : link.name().substring(0, slash).split("/")) {
                    parts.addLast(p);
                }
            }
        }
        for (String p : target.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}

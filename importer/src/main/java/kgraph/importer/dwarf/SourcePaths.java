package kgraph.importer.dwarf;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the paths a compiler recorded into the kernel-tree-relative form DepSurf reports:
 * relative paths are taken against the compilation directory, {@code .} and {@code ..} are
 * collapsed, and the build location is dropped (the compilation directory itself, a Debian
 * {@code debian/build/build_<flavour>/} prefix, or everything up to a {@code linux-<version>}
 * directory of an absolute path).
 */
final class SourcePaths {

    private static final String DEBIAN_BUILD = "debian/build/build_";

    private final String compDir;

    /** @param compDir the unit's DW_AT_comp_dir, or null */
    SourcePaths(String compDir) {
        this.compDir = compDir == null || compDir.isEmpty() ? null : collapse(compDir);
    }

    /** The normalised form of {@code path}, which when relative is relative to the compilation directory. */
    String normalize(String path) {
        String full = path;
        if (!full.startsWith("/") && compDir != null) {
            full = compDir + "/" + full;
        }
        full = collapse(full);
        if (compDir != null && full.length() > compDir.length() && full.startsWith(compDir)
                && full.charAt(compDir.length()) == '/') {
            full = full.substring(compDir.length() + 1);
        }
        if (full.startsWith(DEBIAN_BUILD)) {
            int slash = full.indexOf('/', DEBIAN_BUILD.length());
            if (slash > 0) {
                full = full.substring(slash + 1);
            }
        }
        if (full.startsWith("/")) {
            full = afterLinuxTree(full);
        }
        return full;
    }

    private static String afterLinuxTree(String path) {
        int at = path.indexOf("/linux-");
        while (at >= 0) {
            int next = path.indexOf('/', at + 1);
            if (next < 0) {
                return path;
            }
            if (next + 1 < path.length()) {
                return path.substring(next + 1);
            }
            at = path.indexOf("/linux-", next);
        }
        return path;
    }

    /** Removes empty and {@code .} components and resolves {@code ..} textually. */
    static String collapse(String path) {
        if (!needsCollapsing(path)) {
            return path;
        }
        boolean absolute = path.startsWith("/");
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else if (!(part.equals("..") && absolute)) {
                parts.add(part);
            }
        }
        String joined = String.join("/", parts);
        return absolute ? "/" + joined : joined;
    }

    private static boolean needsCollapsing(String path) {
        return path.contains("//") || path.contains("/./") || path.contains("/../") || path.startsWith("./")
                || path.startsWith("../") || path.endsWith("/.") || path.endsWith("/..") || path.equals(".")
                || (path.endsWith("/") && path.length() > 1);
    }
}

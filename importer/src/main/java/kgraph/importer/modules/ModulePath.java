package kgraph.importer.modules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a module file sits in a kernel package: {@code usr/lib/debug/lib/modules/<krel>/kernel/x/y.ko}
 * (debug file) or {@code [usr/]lib/modules/<krel>/kernel/x/y.ko.xz} (as installed) both have the
 * {@code relative} path {@code kernel/x/y.ko}, the key {@code modules.dep} and {@code modules.builtin}
 * use, under which the two files of one module meet.
 */
public record ModulePath(String member, String kernelRelease, String relative, String compression) {

    private static final Pattern MODULE = Pattern.compile(
            "(usr/lib/debug/)?(?:usr/)?lib/modules/([^/]+)/(.+\\.ko)(\\.xz|\\.zst|\\.gz)?");

    private static final Pattern METADATA = Pattern.compile(
            "(?:usr/lib/debug/)?(?:usr/)?lib/modules/([^/]+)/(modules\\.builtin|modules\\.builtin\\.modinfo|modules\\.dep)");

    private static final Pattern LOOSE_MODULE = Pattern.compile("(.+\\.ko)(\\.xz|\\.zst|\\.gz)?");

    private static final Pattern METADATA_NAME = Pattern.compile(
            "modules\\.builtin|modules\\.builtin\\.modinfo|modules\\.dep");

    private static final Pattern CONFIG = Pattern.compile("boot/config-[^/]+");

    public static Optional<ModulePath> of(String member) {
        Matcher m = MODULE.matcher(member);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ModulePath(member, m.group(2), m.group(3), m.group(4) == null ? "" : m.group(4)));
    }

    /** A module file anywhere, named by its path in a directory; no kernel release. */
    public static Optional<ModulePath> ofFile(String relativePath) {
        Matcher m = LOOSE_MODULE.matcher(relativePath);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ModulePath(relativePath, null, m.group(1), m.group(2) == null ? "" : m.group(2)));
    }

    /** Whether a file name (without directory) is one of the module index files. */
    public static boolean isMetadataName(String fileName) {
        return METADATA_NAME.matcher(fileName).matches();
    }

    public static boolean isModule(String member) {
        return MODULE.matcher(member).matches();
    }

    /** {@code modules.builtin}, {@code modules.builtin.modinfo} or {@code modules.dep}, by file name; else empty. */
    public static Optional<String> metadataFile(String member) {
        Matcher m = METADATA.matcher(member);
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    public static boolean isConfig(String member) {
        return CONFIG.matcher(member).matches();
    }

    /** The module's name from its file name. */
    public String fileModuleName() {
        return ModuleNames.fromPath(relative);
    }
}

package kgraph.importer.deb;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a package's kernel release ({@code uname -r}): from the names of the kernel files it
 * ships, checked against the release its package name carries.
 */
final class KernelRelease {

    /**
     * {@code linux-image-6.12.117+deb12-cloud-amd64-dbg}, {@code linux-image-unsigned-5.4.0-26-generic-dbgsym},
     * {@code linux-image-6.12.117+deb12-cloud-amd64-unsigned}, {@code linux-modules-5.4.0-26-generic}.
     */
    private static final Pattern PACKAGE_NAME = Pattern.compile(
            "linux-(?:image|modules)(?:-unsigned|-extra)?-(\\d[^\\s/]*?)(?:-unsigned|-dbgsym|-dbg)?");

    private static final Pattern BOOT_FILE = Pattern.compile(
            "(?:usr/lib/debug/)?boot/(?:vmlinux|vmlinuz|System\\.map|config)-([^/]+)");

    private static final Pattern MODULES_DIR = Pattern.compile(
            "(?:usr/lib/debug/)?(?:usr/)?lib/modules/([^/]+)(?:/.*)?");

    private KernelRelease() {
    }

    static Optional<String> fromPackageName(String packageName) {
        Matcher m = PACKAGE_NAME.matcher(packageName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<String> fromPath(String name) {
        Matcher boot = BOOT_FILE.matcher(name);
        if (boot.matches()) {
            return Optional.of(boot.group(1));
        }
        Matcher modules = MODULES_DIR.matcher(name);
        return modules.matches() ? Optional.of(modules.group(1)) : Optional.empty();
    }

    /** The release of the package's kernel files; a {@link DebFormatException} when it has none or they disagree. */
    static String of(DebPackage deb, DataListing listing) {
        Set<String> inFiles = new LinkedHashSet<>();
        for (DataEntry e : listing.entries()) {
            fromPath(e.name()).ifPresent(inFiles::add);
        }
        Optional<String> inName = fromPackageName(deb.packageName());
        String where = deb.dataMember().describe();
        if (inFiles.isEmpty()) {
            throw new DebFormatException(deb.path(), where, "not a kernel image package: " + deb.packageName()
                    + " has no boot/vmlinux-*, boot/vmlinuz-*, boot/System.map-*, boot/config-* or lib/modules/*/ files");
        }
        if (inName.isPresent() && inFiles.contains(inName.get())) {
            return inName.get();
        }
        if (inName.isPresent()) {
            throw new DebFormatException(deb.path(), where, "package " + deb.packageName() + " names kernel "
                    + inName.get() + ", but its files are for " + String.join(", ", inFiles));
        }
        if (inFiles.size() > 1) {
            throw new DebFormatException(deb.path(), where, "files for several kernels: " + String.join(", ", inFiles));
        }
        return inFiles.iterator().next();
    }
}

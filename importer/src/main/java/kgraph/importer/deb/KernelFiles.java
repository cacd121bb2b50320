package kgraph.importer.deb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where Debian and Ubuntu kernel packages keep one kernel's files, found in a package's listing.
 * Names that are links stand for the regular file they lead to.
 *
 * <ul>
 * <li>{@code usr/lib/debug/boot/vmlinux-<krel>}: the vmlinux with DWARF, in Debian's {@code -dbg}
 *     and Ubuntu's {@code -dbgsym} ({@code .ddeb}) packages, with the real System.map beside it;
 * <li>{@code boot/vmlinux-<krel>}: the unstripped ELF image some architectures boot (ppc64el,
 *     mips64el), with a symbol table but DWARF only if the kernel was built to keep it;
 * <li>{@code boot/vmlinuz-<krel>}: the compressed boot image of the others;
 * <li>{@code boot/System.map-<krel>} (in Debian's image packages an 83-byte placeholder pointing
 *     to the {@code -dbg} package) and {@code boot/config-<krel>};
 * <li>modules: {@code [usr/]lib/modules/<krel>/**.ko[.xz|.zst|.gz]} and, with debug info,
 *     {@code usr/lib/debug/lib/modules/<krel>/**.ko}.
 * </ul>
 */
public final class KernelFiles {

    private final DataListing listing;
    private final String kernelRelease;

    KernelFiles(DataListing listing, String kernelRelease) {
        this.listing = listing;
        this.kernelRelease = kernelRelease;
    }

    public Optional<DataEntry> debugVmlinux() {
        return listing.resolve("usr/lib/debug/boot/vmlinux-" + kernelRelease);
    }

    public Optional<DataEntry> bootVmlinux() {
        return listing.resolve("boot/vmlinux-" + kernelRelease);
    }

    public Optional<DataEntry> vmlinuz() {
        return listing.resolve("boot/vmlinuz-" + kernelRelease);
    }

    /** The System.map beside the debug vmlinux if there is one, else the one in {@code boot/}. */
    public Optional<DataEntry> systemMap() {
        return listing.resolve("usr/lib/debug/boot/System.map-" + kernelRelease)
                .or(() -> listing.resolve("boot/System.map-" + kernelRelease));
    }

    public Optional<DataEntry> config() {
        return listing.resolve("boot/config-" + kernelRelease);
    }

    /** Loadable modules ({@code lib/modules/<krel>/}, possibly compressed), in archive order. */
    public List<DataEntry> modules() {
        return filesMatching(Pattern.compile("(?:usr/)?lib/modules/" + Pattern.quote(kernelRelease)
                + "/.+\\.ko(?:\\.xz|\\.zst|\\.gz)?"));
    }

    /** Modules with debug info ({@code usr/lib/debug/lib/modules/<krel>/}), in archive order. */
    public List<DataEntry> debugModules() {
        return filesMatching(Pattern.compile("usr/lib/debug/(?:usr/)?lib/modules/" + Pattern.quote(kernelRelease)
                + "/.+\\.ko"));
    }

    private List<DataEntry> filesMatching(Pattern pattern) {
        List<DataEntry> found = new ArrayList<>();
        for (DataEntry e : listing.entries()) {
            if (e.isFile() && pattern.matcher(e.name()).matches()) {
                found.add(e);
            }
        }
        return found;
    }
}

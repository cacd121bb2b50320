package kgraph.importer.deb;

import kgraph.importer.model.ImageNames;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Locale;
import kgraph.importer.model.ImageNames;

/**
 * A Debian or Ubuntu kernel package: which kernel it holds, kgraph's name for that image, and
 * where its kernel files are. {@link #open} reads the whole {@code data.tar} once for the listing
 * (about 30 s for the 1.9 GB tar in Debian's 320 MB cloud-amd64 {@code -dbg} package); reading a
 * file is another pass that stops at the file (7.6 s for that package's 340 MB vmlinux).
 */
public final class KernelPackage {

    private final DebPackage deb;
    private final DataListing listing;
    private final String kernelRelease;
    private final KernelFiles files;

    private KernelPackage(DebPackage deb, DataListing listing, String kernelRelease) {
        this.deb = deb;
        this.listing = listing;
        this.kernelRelease = kernelRelease;
        this.files = new KernelFiles(listing, kernelRelease);
    }

    /** Opens and lists a package; a {@link DebFormatException} if it is damaged or holds no kernel. */
    public static KernelPackage open(Path path) {
        DebPackage deb = DebPackage.open(path);
        return of(deb, deb.list());
    }

    /** For a package already listed. */
    public static KernelPackage of(DebPackage deb, DataListing listing) {
        return new KernelPackage(deb, listing, KernelRelease.of(deb, listing));
    }

    public DebPackage deb() {
        return deb;
    }

    public DataListing listing() {
        return listing;
    }

    /** The kernel's release as {@code uname -r} prints it: {@code 6.12.117+deb12-cloud-amd64}, {@code 5.4.0-26-generic}. */
    public String kernelRelease() {
        return kernelRelease;
    }

    /** Debian's name for the package's architecture: {@code amd64}, {@code ppc64el}, ... */
    public String architecture() {
        return deb.architecture();
    }

    /** kgraph's image name, see {@link ImageNames}. */
    public String imageName() {
        return ImageNames.of(kernelRelease, deb.architecture());
    }

    public KernelFiles files() {
        return files;
    }

    /**
     * The vmlinux to read symbols and DWARF from: the detached-debug one if the package has it,
     * else an unstripped {@code boot/vmlinux}. A {@link DebFormatException} for packages with
     * neither, such as image packages that ship only {@code vmlinuz}.
     */
    public DataEntry vmlinux() {
        return files.debugVmlinux().or(files::bootVmlinux).orElseThrow(() -> new DebFormatException(deb.path(),
                deb.dataMember().describe(), "no vmlinux with debug info in " + deb.packageName()
                        + " (neither usr/lib/debug/boot/vmlinux-" + kernelRelease + " nor boot/vmlinux-" + kernelRelease
                        + "); " + debugPackageHint()));
    }

    private String debugPackageHint() {
        String debian = "linux-image-" + kernelRelease + "-dbg";
        String ubuntu = "linux-image-unsigned-" + kernelRelease + "-dbgsym (.ddeb)";
        String maintainer = String.valueOf(deb.field("Maintainer")).toLowerCase(Locale.ROOT);
        if (maintainer.contains("debian")) {
            return "read the kernel's debug package " + debian + " instead";
        }
        if (maintainer.contains("ubuntu") || maintainer.contains("canonical")) {
            return "read the kernel's debug package " + ubuntu + " instead";
        }
        return "read the kernel's debug package instead: " + debian + " on Debian, " + ubuntu + " on Ubuntu";
    }

    /** The bytes of {@link #vmlinux()}, in one buffer of exactly its size. */
    public ByteBuffer readVmlinux() {
        return read(vmlinux());
    }

    /** The bytes of one regular file of this package's listing. */
    public ByteBuffer read(DataEntry file) {
        String name = file.name();
        return deb.read(name::equals).orElseThrow(() -> new DebFormatException(deb.path(),
                deb.dataMember().describe(), name + " was listed but is gone on reading"));
    }
}

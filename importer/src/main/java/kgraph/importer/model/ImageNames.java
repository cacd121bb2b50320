package kgraph.importer.model;

/**
 * kgraph's name for a kernel image: the kernel release, followed by {@code -<arch>} unless the
 * release already ends with a Debian flavour of that architecture. So Ubuntu's
 * {@code 5.4.0-26-generic} on amd64 becomes {@code 5.4.0-26-generic-amd64}, as in DepSurf, and
 * Debian's {@code 6.12.117+deb12-cloud-amd64} stays as it is.
 */
public final class ImageNames {

    private ImageNames() {
    }

    /** @param architecture Debian's architecture name, as in the package's Architecture field */
    public static String of(String kernelRelease, String architecture) {
        boolean named = DebianArch.of(architecture).map(a -> a.namedByFlavour(kernelRelease)).orElse(false);
        return named || kernelRelease.endsWith("-" + architecture) ? kernelRelease : kernelRelease + "-" + architecture;
    }
}

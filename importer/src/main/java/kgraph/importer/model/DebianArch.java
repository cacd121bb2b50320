package kgraph.importer.model;

import java.util.List;
import java.util.Optional;

/**
 * The Debian architectures kernels are built for, each with the flavour names Debian gives its
 * kernels there. Those flavours already say the architecture ({@code 6.12.117+deb12-cloud-amd64},
 * {@code 6.12.113+deb12-powerpc64le}, {@code 6.1.0-50-armmp}); Ubuntu's ({@code generic},
 * {@code aws}, ...) do not.
 */
public enum DebianArch {
    AMD64("amd64", "amd64"),
    ARM64("arm64", "arm64", "arm64-16k"),
    ARMHF("armhf", "armmp", "armmp-lpae"),
    ARMEL("armel", "marvell", "rpi"),
    I386("i386", "686", "686-pae"),
    PPC64EL("ppc64el", "powerpc64le", "powerpc64le-64k"),
    S390X("s390x", "s390x"),
    MIPS64EL("mips64el", "mips64r2el", "mips64r6el", "octeon", "loongson-3"),
    RISCV64("riscv64", "riscv64");

    private final String debianName;
    private final List<String> flavourEndings;

    DebianArch(String debianName, String... flavourEndings) {
        this.debianName = debianName;
        this.flavourEndings = List.of(flavourEndings);
    }

    public static Optional<DebianArch> of(String debianName) {
        for (DebianArch arch : values()) {
            if (arch.debianName.equals(debianName)) {
                return Optional.of(arch);
            }
        }
        return Optional.empty();
    }

    /** As in a package's Architecture field and file name: {@code ppc64el}. */
    public String debianName() {
        return debianName;
    }

    /** Whether a kernel release ends with one of Debian's flavours for this architecture. */
    public boolean namedByFlavour(String kernelRelease) {
        return flavourEndings.stream().anyMatch(f -> kernelRelease.endsWith("-" + f));
    }
}

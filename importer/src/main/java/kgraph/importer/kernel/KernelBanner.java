package kgraph.importer.kernel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a kernel binary says of itself: its release string ({@code uname -r}, e.g.
 * {@code 6.12.117+deb12-cloud-amd64}) in the {@code Linux version} banner, and its Debian
 * architecture from the ELF machine.
 */
public final class KernelBanner {

    private static final byte[] BANNER = "Linux version ".getBytes(StandardCharsets.US_ASCII);

    private KernelBanner() {
    }

    /** The release from the {@code Linux version X (...)} banner in a kernel's read-only data. */
    public static Optional<String> fromBanner(ByteBuffer rodata) {
        if (rodata == null) {
            return Optional.empty();
        }
        int limit = rodata.limit() - BANNER.length;
        outer:
        for (int i = rodata.position(); i < limit; i++) {
            for (int j = 0; j < BANNER.length; j++) {
                if (rodata.get(i + j) != BANNER[j]) {
                    continue outer;
                }
            }
            StringBuilder release = new StringBuilder();
            for (int k = i + BANNER.length; k < rodata.limit(); k++) {
                byte b = rodata.get(k);
                if (b <= ' ' || b >= 127) {
                    break;
                }
                release.append((char) b);
            }
            // The banner is a printf format in some builds ("Linux version %s"): not a release.
            if (release.length() > 0 && Character.isDigit(release.charAt(0))) {
                return Optional.of(release.toString());
            }
        }
        return Optional.empty();
    }

    /** Debian's name for the architecture of an ELF machine ({@code e_machine}). */
    public static String debianArch(int elfMachine, boolean is64, boolean littleEndian) {
        return switch (elfMachine) {
            case 62 -> "amd64";
            case 183 -> "arm64";
            case 3 -> "i386";
            case 40 -> "armhf";
            case 21 -> littleEndian ? "ppc64el" : "ppc64";
            case 20 -> "powerpc";
            case 22 -> "s390x";
            case 243 -> "riscv64";
            case 8 -> is64 ? (littleEndian ? "mips64el" : "mips64") : (littleEndian ? "mipsel" : "mips");
            case 258 -> "loong64";
            default -> "machine" + elfMachine;
        };
    }
}

package kgraph.importer.deb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kgraph.importer.model.ImageName;
import kgraph.importer.model.ImageNames;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageNamesTest {

    @ParameterizedTest
    @CsvSource({
        // package name,                                 Architecture, kernel release,               image name
        "linux-image-6.12.117+deb12-cloud-amd64-dbg,     amd64,    6.12.117+deb12-cloud-amd64,   6.12.117+deb12-cloud-amd64",
        "linux-image-6.12.117+deb12-cloud-amd64,         amd64,    6.12.117+deb12-cloud-amd64,   6.12.117+deb12-cloud-amd64",
        "linux-image-6.12.117+deb12-cloud-amd64-unsigned, amd64,   6.12.117+deb12-cloud-amd64,   6.12.117+deb12-cloud-amd64",
        "linux-image-6.12.117+deb12-amd64-dbg,           amd64,    6.12.117+deb12-amd64,         6.12.117+deb12-amd64",
        "linux-image-6.12.117+deb12-rt-amd64-dbg,        amd64,    6.12.117+deb12-rt-amd64,      6.12.117+deb12-rt-amd64",
        "linux-image-6.1.0-50-cloud-arm64-dbg,           arm64,    6.1.0-50-cloud-arm64,         6.1.0-50-cloud-arm64",
        "linux-image-6.12.117+deb12-cloud-arm64-dbg,     arm64,    6.12.117+deb12-cloud-arm64,   6.12.117+deb12-cloud-arm64",
        "linux-image-6.12.113+deb12-powerpc64le-dbg,     ppc64el,  6.12.113+deb12-powerpc64le,   6.12.113+deb12-powerpc64le",
        "linux-image-6.1.0-50-powerpc64le,               ppc64el,  6.1.0-50-powerpc64le,         6.1.0-50-powerpc64le",
        "linux-image-6.1.0-50-s390x-dbg,                 s390x,    6.1.0-50-s390x,               6.1.0-50-s390x",
        "linux-image-6.1.0-50-686-pae-dbg,               i386,     6.1.0-50-686-pae,             6.1.0-50-686-pae",
        "linux-image-6.1.0-50-armmp,                     armhf,    6.1.0-50-armmp,               6.1.0-50-armmp",
        "linux-image-6.1.0-50-rpi,                       armel,    6.1.0-50-rpi,                 6.1.0-50-rpi",
        "linux-image-6.1.0-50-octeon-dbg,                mips64el, 6.1.0-50-octeon,              6.1.0-50-octeon",
        "linux-image-6.1.0-50-riscv64,                   riscv64,  6.1.0-50-riscv64,             6.1.0-50-riscv64",
        "linux-image-unsigned-5.4.0-26-generic-dbgsym,   amd64,    5.4.0-26-generic,             5.4.0-26-generic-amd64",
        "linux-image-5.4.0-26-generic,                   arm64,    5.4.0-26-generic,             5.4.0-26-generic-arm64",
        "linux-image-unsigned-5.4.0-26-generic-dbgsym,   ppc64el,  5.4.0-26-generic,             5.4.0-26-generic-ppc64el",
        "linux-image-unsigned-5.4.0-1009-aws-dbgsym,     amd64,    5.4.0-1009-aws,               5.4.0-1009-aws-amd64",
        "linux-image-unsigned-6.8.0-31-lowlatency-dbgsym, amd64,   6.8.0-31-lowlatency,          6.8.0-31-lowlatency-amd64",
        "linux-modules-5.4.0-26-generic,                 s390x,    5.4.0-26-generic,             5.4.0-26-generic-s390x",
    })
    void namesImagesAsKgraphDoes(String packageName, String arch, String krel, String image) {
        assertEquals(krel, KernelRelease.fromPackageName(packageName).orElseThrow());
        assertEquals(image, ImageNames.of(krel, arch));
        ImageName.parse(image);
    }

    @ParameterizedTest
    @CsvSource({
        "hello", "linux-image-amd64", "linux-image-cloud-amd64-dbg", "linux-headers-6.1.0-50-amd64",
        "linux-image-generic", "linux-doc-6.12",
    })
    void findsNoKernelReleaseInOtherNames(String packageName) {
        assertEquals(java.util.Optional.empty(), KernelRelease.fromPackageName(packageName));
    }

    @ParameterizedTest
    @CsvSource({
        "usr/lib/debug/boot/vmlinux-6.12.117+deb12-cloud-amd64,                   6.12.117+deb12-cloud-amd64",
        "boot/vmlinuz-5.4.0-26-generic,                                           5.4.0-26-generic",
        "boot/System.map-6.1.0-50-powerpc64le,                                    6.1.0-50-powerpc64le",
        "boot/config-6.1.0-50-armmp,                                              6.1.0-50-armmp",
        "lib/modules/6.1.0-50-armmp,                                              6.1.0-50-armmp",
        "usr/lib/modules/6.12.117+deb12-amd64/kernel/fs/ext4/ext4.ko.xz,          6.12.117+deb12-amd64",
        "usr/lib/debug/lib/modules/5.4.0-26-generic/kernel/fs/ext4/ext4.ko,       5.4.0-26-generic",
    })
    void findsTheKernelReleaseInFileNames(String path, String krel) {
        assertEquals(krel, KernelRelease.fromPath(path).orElseThrow());
    }
}

package kgraph.importer.deb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelPackageTest {

    @TempDir
    static Path binaries;

    private static KernelTrees trees;

    @TempDir
    Path tmp;

    @BeforeAll
    static void compile() {
        trees = new KernelTrees(binaries);
    }

    @Test
    void debianDebugPackage() throws Exception {
        String krel = "6.12.117+deb12-cloud-amd64";
        Path deb = trees.debianDbg(tmp, "linux-image-6.12.117+deb12-cloud-amd64-dbg", krel)
                .build(tmp.resolve("linux-image-6.12.117+deb12-cloud-amd64-dbg_6.12.117-1~deb12u1_amd64.deb"), "xz");
        KernelPackage kernel = KernelPackage.open(deb);
        assertEquals(krel, kernel.kernelRelease());
        assertEquals("amd64", kernel.architecture());
        assertEquals(krel, kernel.imageName());
        assertEquals("usr/lib/debug/boot/vmlinux-" + krel, kernel.vmlinux().name());
        assertEquals(Files.size(trees.vmlinux), kernel.vmlinux().size());
        assertEquals(DebPackageTest.sha256(Files.readAllBytes(trees.vmlinux)), DebPackageTest.sha256(kernel.readVmlinux()));
        assertEquals("usr/lib/debug/boot/System.map-" + krel, kernel.files().systemMap().orElseThrow().name());
        assertEquals(DebPackageTest.sha256(trees.systemMap),
                DebPackageTest.sha256(kernel.read(kernel.files().systemMap().orElseThrow())));
        assertEquals(Optional.empty(), kernel.files().config());
        assertEquals(List.of(), kernel.files().modules());
        assertEquals(List.of("usr/lib/debug/lib/modules/" + krel + "/kernel/fs/ext4/ext4.ko",
                        "usr/lib/debug/lib/modules/" + krel + "/kernel/net/ipv4/tcp_bbr.ko"),
                names(kernel.files().debugModules()));
        assertEquals(modulesDpkgDebLists(deb, "usr/lib/debug/lib/modules/"), names(kernel.files().debugModules()));
    }

    @Test
    void debianArm64DebugPackage() {
        String krel = "6.1.0-50-cloud-arm64";
        Path deb = trees.debianDbg(tmp, "linux-image-6.1.0-50-cloud-arm64-dbg", krel).build(tmp.resolve("arm64.deb"), "xz");
        KernelPackage kernel = KernelPackage.open(deb);
        assertEquals("arm64", kernel.architecture());
        assertEquals(krel, kernel.imageName());
    }

    @Test
    void ubuntuDbgsymPackage() throws Exception {
        String krel = "5.4.0-26-generic";
        Path deb = trees.ubuntuDbgsym(tmp, "linux-image-unsigned-5.4.0-26-generic-dbgsym", krel)
                .build(tmp.resolve("linux-image-unsigned-5.4.0-26-generic-dbgsym_5.4.0-26.30_amd64.ddeb"), "zstd");
        KernelPackage kernel = KernelPackage.open(deb);
        assertEquals(krel, kernel.kernelRelease());
        assertEquals("5.4.0-26-generic-amd64", kernel.imageName());
        assertEquals("usr/lib/debug/boot/vmlinux-" + krel, kernel.vmlinux().name());
        assertEquals(DebPackageTest.sha256(Files.readAllBytes(trees.vmlinux)), DebPackageTest.sha256(kernel.readVmlinux()));
        assertEquals(Optional.empty(), kernel.files().systemMap());
        assertEquals(modulesDpkgDebLists(deb, "usr/lib/debug/lib/modules/"), names(kernel.files().debugModules()));
        assertEquals(2, kernel.files().debugModules().size());
    }

    @Test
    void debianImageWithUnstrippedVmlinux() throws Exception {
        String krel = "6.1.0-50-powerpc64le";
        Path deb = trees.debianUnstrippedImage(tmp, "linux-image-6.1.0-50-powerpc64le", krel)
                .build(tmp.resolve("linux-image-6.1.0-50-powerpc64le_6.1.176-1_ppc64el.deb"), "xz");
        KernelPackage kernel = KernelPackage.open(deb);
        assertEquals(krel, kernel.imageName());
        assertEquals("ppc64el", kernel.architecture());
        assertEquals("boot/vmlinux-" + krel, kernel.vmlinux().name());
        assertEquals(Optional.empty(), kernel.files().debugVmlinux());
        assertEquals(DebPackageTest.sha256(Files.readAllBytes(trees.vmlinux)), DebPackageTest.sha256(kernel.readVmlinux()));
        assertEquals(KernelTrees.SYSTEM_MAP_PLACEHOLDER.length(), kernel.files().systemMap().orElseThrow().size());
        assertEquals(DebPackageTest.sha256(KernelTrees.config(krel)),
                DebPackageTest.sha256(kernel.read(kernel.files().config().orElseThrow())));
        assertEquals(modulesDpkgDebLists(deb, "lib/modules/"), names(kernel.files().modules()));
        assertEquals(2, kernel.files().modules().size());
    }

    @Test
    void debianSignedImageHasNoVmlinuxToRead() {
        String krel = "6.12.117+deb12-cloud-amd64";
        Path deb = trees.debianSignedImage(tmp, "linux-image-6.12.117+deb12-cloud-amd64", krel)
                .build(tmp.resolve("linux-image-6.12.117+deb12-cloud-amd64_6.12.117-1~deb12u1_amd64.deb"), "xz");
        KernelPackage kernel = KernelPackage.open(deb);
        assertEquals(krel, kernel.imageName());
        assertEquals("boot/vmlinuz-" + krel, kernel.files().vmlinuz().orElseThrow().name());
        assertEquals(List.of("lib/modules/" + krel + "/kernel/fs/ext4/ext4.ko.xz"), names(kernel.files().modules()));
        DebFormatException e = assertThrows(DebFormatException.class, kernel::vmlinux);
        assertTrue(e.getMessage().startsWith(deb + ": member 3 (data.tar.xz): no vmlinux with debug info in "
                + "linux-image-6.12.117+deb12-cloud-amd64"), e.getMessage());
        assertTrue(e.getMessage().endsWith("read the kernel's debug package linux-image-" + krel + "-dbg instead"),
                e.getMessage());
    }

    @Test
    void suggestsUbuntusDbgsymPackageForUbuntusImage() {
        String krel = "5.4.0-26-generic";
        Path deb = new PackageTree(tmp).control("linux-image-unsigned-5.4.0-26-generic-dbgsym")
                .file("boot/vmlinuz-" + krel, new byte[] {1, 2, 3})
                .build(tmp.resolve("image.deb"), "zstd");
        DebFormatException e = assertThrows(DebFormatException.class, () -> KernelPackage.open(deb).vmlinux());
        assertTrue(e.getMessage().startsWith(deb + ": member 3 (data.tar.zst): no vmlinux with debug info"), e.getMessage());
        assertTrue(e.getMessage().endsWith("read the kernel's debug package linux-image-unsigned-" + krel
                + "-dbgsym (.ddeb) instead"), e.getMessage());
    }

    @Test
    void refusesAPackageThatIsNoKernel() {
        Path deb = new PackageTree(tmp).control("hello")
                .file("usr/bin/hello", new byte[] {0x7f, 'E', 'L', 'F'})
                .file("usr/share/doc/hello/copyright", new byte[] {'x'})
                .build(tmp.resolve("hello_2.10-3_amd64.deb"), "xz");
        DebFormatException e = assertThrows(DebFormatException.class, () -> KernelPackage.open(deb));
        assertEquals(deb + ": member 3 (data.tar.xz): not a kernel image package: hello has no boot/vmlinux-*, "
                + "boot/vmlinuz-*, boot/System.map-*, boot/config-* or lib/modules/*/ files", e.getMessage());
    }

    @Test
    void refusesFilesOfAnotherKernelThanThePackageNames() {
        Path deb = trees.debianDbg(tmp, "linux-image-6.12.117+deb12-cloud-amd64-dbg", "6.12.116+deb12-cloud-amd64")
                .build(tmp.resolve("mixed.deb"), "gzip");
        DebFormatException e = assertThrows(DebFormatException.class, () -> KernelPackage.open(deb));
        assertEquals(deb + ": member 3 (data.tar.gz): package linux-image-6.12.117+deb12-cloud-amd64-dbg names kernel "
                + "6.12.117+deb12-cloud-amd64, but its files are for 6.12.116+deb12-cloud-amd64", e.getMessage());
    }

    private static List<String> names(List<DataEntry> entries) {
        return entries.stream().map(DataEntry::name).toList();
    }

    private static List<String> modulesDpkgDebLists(Path deb, String under) {
        return DpkgDeb.contents(deb).stream()
                .filter(e -> e.isFile() && e.name().startsWith(under) && e.name().matches(".*\\.ko(\\.xz|\\.zst|\\.gz)?"))
                .map(DataEntry::name).toList();
    }
}

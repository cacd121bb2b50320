package kgraph.importer.deb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Package trees laid out as Debian's and Ubuntu's kernel packages are, around a real ELF
 * compiled from {@code deb/kernel.c} with {@code gcc -g -O2}: the executable stands in for
 * vmlinux, the object file for modules, {@code nm -n} of the executable for System.map.
 */
final class KernelTrees {

    /** What Debian's image packages ship as {@code boot/System.map-<krel>}. */
    static final String SYSTEM_MAP_PLACEHOLDER =
            "ffffffffffffffff B The real System.map is in the linux-image-<version>-dbg package\n";

    final Path vmlinux;
    final Path module;
    final byte[] systemMap;

    KernelTrees(Path dir) {
        try {
            Path source = dir.resolve("kernel.c");
            try (InputStream in = KernelTrees.class.getResourceAsStream("/deb/kernel.c")) {
                Files.write(source, in.readAllBytes());
            }
            vmlinux = dir.resolve("vmlinux");
            module = dir.resolve("kernel.o");
            Tools.run(dir, "gcc", "-g", "-O2", "-o", vmlinux.toString(), source.toString());
            Tools.run(dir, "gcc", "-g", "-O2", "-c", "-o", module.toString(), source.toString());
            systemMap = Tools.runForBytes(dir, "nm", "-n", vmlinux.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] config(String krel) {
        return ("#\n# Automatically generated file; DO NOT EDIT.\n# Linux " + krel + " Kernel Configuration\n#\n"
                + "CONFIG_BPF=y\nCONFIG_BPF_SYSCALL=y\nCONFIG_DEBUG_INFO_BTF=y\nCONFIG_EXT4_FS=m\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Debian's {@code linux-image-<krel>-dbg}: detached debug vmlinux, System.map and modules, plus links. */
    PackageTree debianDbg(Path dir, String control, String krel) {
        String debug = "usr/lib/debug/";
        return new PackageTree(dir).control(control)
                .copy(debug + "boot/vmlinux-" + krel, vmlinux)
                .file(debug + "boot/System.map-" + krel, systemMap)
                .copy(debug + "lib/modules/" + krel + "/kernel/fs/ext4/ext4.ko", module)
                .copy(debug + "lib/modules/" + krel + "/kernel/net/ipv4/tcp_bbr.ko", module)
                .file(debug + "lib/modules/" + krel + "/modules.order",
                        "kernel/fs/ext4/ext4.ko\nkernel/net/ipv4/tcp_bbr.ko\n".getBytes(StandardCharsets.US_ASCII))
                .symlink(debug + "lib/modules/" + krel + "/vmlinux", "../../../boot/vmlinux-" + krel)
                .symlink(debug + "vmlinux-" + krel, "boot/vmlinux-" + krel)
                .file("usr/share/doc/" + control + "/copyright", "Linux is licensed under GPL-2.0\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Ubuntu's {@code linux-image-unsigned-<krel>-dbgsym} (.ddeb): debug vmlinux and debug modules. */
    PackageTree ubuntuDbgsym(Path dir, String control, String krel) {
        return new PackageTree(dir).control(control)
                .copy("usr/lib/debug/boot/vmlinux-" + krel, vmlinux)
                .copy("usr/lib/debug/lib/modules/" + krel + "/kernel/fs/ext4/ext4.ko", module)
                .copy("usr/lib/debug/lib/modules/" + krel + "/kernel/drivers/net/virtio_net.ko", module)
                .file("usr/share/doc/" + control + "/changelog.Debian.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0});
    }

    /** Debian's image package on an architecture that ships vmlinux unstripped (ppc64el, mips64el). */
    PackageTree debianUnstrippedImage(Path dir, String control, String krel) {
        return new PackageTree(dir).control(control)
                .copy("boot/vmlinux-" + krel, vmlinux)
                .file("boot/System.map-" + krel, SYSTEM_MAP_PLACEHOLDER.getBytes(StandardCharsets.US_ASCII))
                .file("boot/config-" + krel, config(krel))
                .copy("lib/modules/" + krel + "/kernel/fs/ext4/ext4.ko", module)
                .copy("lib/modules/" + krel + "/kernel/arch/powerpc/crypto/crc32c-vpmsum.ko", module);
    }

    /** Debian's signed image package: compressed vmlinuz, placeholder System.map, xz-compressed modules. */
    PackageTree debianSignedImage(Path dir, String control, String krel) {
        PackageTree tree = new PackageTree(dir).control(control)
                .file("boot/vmlinuz-" + krel, Tools.runForBytes(dir, "xz", "-c", vmlinux.toString()))
                .file("boot/System.map-" + krel, SYSTEM_MAP_PLACEHOLDER.getBytes(StandardCharsets.US_ASCII))
                .file("boot/config-" + krel, config(krel))
                .copy("lib/modules/" + krel + "/kernel/fs/ext4/ext4.ko", module);
        Tools.run(dir, "xz", tree.path("lib/modules/" + krel + "/kernel/fs/ext4/ext4.ko").toString());
        return tree;
    }
}

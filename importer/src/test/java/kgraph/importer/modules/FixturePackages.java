package kgraph.importer.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian-style packages of the fixture's modules, built with {@code dpkg-deb --build}: a {@code -dbg}
 * package with debug files under {@code usr/lib/debug/lib/modules/<krel>/} and an image package with
 * the installed, stripped and compressed modules, the module index files and the config.
 *
 * <p>{@code kvmlike.ko}'s debug file is detached ({@code objcopy --only-keep-debug}, and without
 * {@code .BTF}), so its {@code .modinfo} and BTF must come from the image package;
 * {@code kvmlike-intel.ko}'s is the whole module, as in Debian's packages; {@code kvmlike-amd.ko}
 * has no debug file. Installed modules are compressed with xz, zstd and gzip.
 */
record FixturePackages(Path debugDeb, Path imageDeb) {

    static final String RELEASE = "6.1.0-99-test-amd64";
    static final String BUILTIN_PATH = "kernel/drivers/misc/builtinlike.ko";

    static FixturePackages build(ModuleFixture fixture, Path dir) throws IOException, InterruptedException {
        Path debugTree = Files.createDirectories(dir.resolve("dbg"));
        Path debugKvm = Files.createDirectories(debugTree.resolve("usr/lib/debug/lib/modules/" + RELEASE + "/"
                + ModuleFixture.KVM_DIR));
        ModuleTools.run(dir, "objcopy", "--only-keep-debug", "--remove-section=.BTF",
                fixture.module("kvmlike.ko").toString(), debugKvm.resolve("kvmlike.ko").toString());
        Files.copy(fixture.module("kvmlike-intel.ko"), debugKvm.resolve("kvmlike-intel.ko"));
        Files.writeString(debugTree.resolve("usr/lib/debug/lib/modules/" + RELEASE + "/modules.builtin"),
                BUILTIN_PATH + "\n");
        control(debugTree, "linux-image-" + RELEASE + "-dbg");

        Path imageTree = Files.createDirectories(dir.resolve("image"));
        Path modules = Files.createDirectories(imageTree.resolve("lib/modules/" + RELEASE));
        Path kvm = Files.createDirectories(modules.resolve(ModuleFixture.KVM_DIR));
        install(dir, fixture.module("kvmlike.ko"), kvm.resolve("kvmlike.ko"), "xz");
        install(dir, fixture.module("kvmlike-intel.ko"), kvm.resolve("kvmlike-intel.ko"), "zstd");
        install(dir, fixture.module("kvmlike-amd.ko"), kvm.resolve("kvmlike-amd.ko"), "gzip");
        Files.writeString(modules.resolve("modules.builtin"), BUILTIN_PATH + "\n");
        Files.writeString(modules.resolve("modules.builtin.modinfo"), String.join("\0", "builtinlike.license=GPL",
                "builtinlike.file=drivers/misc/builtinlike", "builtinlike.alias=devname:builtinlike",
                "printk.parm=time:Show timing data prefixed to each printk message line") + "\0",
                StandardCharsets.UTF_8);
        Path boot = Files.createDirectories(imageTree.resolve("boot"));
        Files.writeString(boot.resolve("config-" + RELEASE), String.join("\n", "CONFIG_KVMLIKE=m",
                "CONFIG_KVMLIKE_INTEL=m", "# CONFIG_KVMLIKE_AMD is not set", "CONFIG_BUILTINLIKE=y",
                "CONFIG_LOCALVERSION=\"-test\"") + "\n");
        control(imageTree, "linux-image-" + RELEASE);

        Path debugDeb = dir.resolve("linux-image-" + RELEASE + "-dbg_1_amd64.deb");
        Path imageDeb = dir.resolve("linux-image-" + RELEASE + "_1_amd64.deb");
        ModuleTools.run(dir, "dpkg-deb", "--root-owner-group", "--build", debugTree.toString(), debugDeb.toString());
        ModuleTools.run(dir, "dpkg-deb", "--root-owner-group", "--build", imageTree.toString(), imageDeb.toString());
        return new FixturePackages(debugDeb, imageDeb);
    }

    /** Strips the debug info as Debian's build does and compresses with {@code tool}, which replaces the file. */
    private static void install(Path dir, Path module, Path target, String tool) throws IOException, InterruptedException {
        ModuleTools.run(dir, "strip", "--strip-debug", "-o", target.toString(), module.toString());
        if (tool.equals("zstd")) {
            ModuleTools.run(dir, tool, "-q", "--rm", target.toString());
        } else {
            ModuleTools.run(dir, tool, "-q", target.toString());
        }
    }

    private static void control(Path tree, String packageName) throws IOException {
        Path debian = Files.createDirectories(tree.resolve("DEBIAN"));
        Files.writeString(debian.resolve("control"), String.join("\n", "Package: " + packageName, "Version: 1",
                "Architecture: amd64", "Maintainer: kgraph tests <tests@example.org>",
                "Description: kernel modules built by kgraph's tests") + "\n");
    }
}

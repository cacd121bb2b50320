package kgraph.importer.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.btf.BtfReader;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.elf.ElfFile;

/**
 * Builds the modules of {@code src/test/resources/modules}: a vmlinux-like program with BTF
 * ({@code gcc -g -O2}, {@code pahole -J}) and three relocatable modules ({@code gcc -g -O2 -c},
 * {@code kvmlike.ko} linked from two units with {@code ld -r} as Kbuild does), each given split BTF
 * over the vmlinux with {@code pahole -J --btf_base}. Modules land in
 * {@code modules/kernel/arch/x86/kvm/}, as in a kernel's module tree.
 */
public record ModuleFixture(Path vmlinux, Path modulesRoot, List<Path> modules) {

    static final String KVM_DIR = "kernel/arch/x86/kvm";
    private static final List<String> SOURCES = List.of("kvmlike.h", "vmlinux.c", "kvm_main.c", "kvm_x86.c",
            "kvmlike-intel.c", "kvmlike-amd.c");

    public static ModuleFixture build(Path dir) throws IOException, InterruptedException {
        ModuleTools.requireAll();
        Path src = Files.createDirectories(dir.resolve("src"));
        for (String source : SOURCES) {
            try (InputStream in = ModuleFixture.class.getResourceAsStream("/modules/" + source)) {
                Files.copy(in, src.resolve(source));
            }
        }
        ModuleTools.run(src, "gcc", "-g", "-O2", "-o", "vmlinux", "vmlinux.c");
        ModuleTools.run(src, "pahole", "-J", "vmlinux");
        ModuleTools.run(src, "gcc", "-g", "-O2", "-c", "kvm_main.c", "kvm_x86.c");
        ModuleTools.run(src, "ld", "-r", "-o", "kvmlike.ko", "kvm_main.o", "kvm_x86.o");
        ModuleTools.run(src, "gcc", "-g", "-O2", "-c", "kvmlike-intel.c", "-o", "kvmlike-intel.ko");
        ModuleTools.run(src, "gcc", "-g", "-O2", "-c", "kvmlike-amd.c", "-o", "kvmlike-amd.ko");
        Path root = dir.resolve("modules");
        Path kvm = Files.createDirectories(root.resolve(KVM_DIR));
        List<Path> modules = new ArrayList<>();
        for (String module : List.of("kvmlike.ko", "kvmlike-intel.ko", "kvmlike-amd.ko")) {
            ModuleTools.run(src, "pahole", "-J", "--btf_base", "vmlinux", module);
            modules.add(Files.copy(src.resolve(module), kvm.resolve(module)));
        }
        return new ModuleFixture(src.resolve("vmlinux"), root, modules);
    }

    BtfTypes vmlinuxBtf() {
        ByteBuffer blob = ElfFile.open(vmlinux).data(".BTF");
        return BtfReader.read(vmlinux + " (.BTF)", blob);
    }

    Path module(String fileName) {
        return modules.stream().filter(m -> m.getFileName().toString().equals(fileName)).findFirst().orElseThrow();
    }
}

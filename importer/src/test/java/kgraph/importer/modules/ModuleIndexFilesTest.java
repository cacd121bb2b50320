package kgraph.importer.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module tree with depmod's and Kbuild's index files and a config beside the modules. */
class ModuleIndexFilesTest {

    @TempDir
    static Path dir;
    static ModuleFixture fixture;
    static Path root;

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        fixture = ModuleFixture.build(dir);
        root = dir.resolve("indexed");
        Path kvm = Files.createDirectories(root.resolve(ModuleFixture.KVM_DIR));
        Files.copy(fixture.module("kvmlike.ko"), kvm.resolve("kvmlike.ko"));
        ModuleTools.run(dir, "objcopy", "--rename-section", ".modinfo=.note.kgraph_no_modinfo", fixture.module("kvmlike-intel.ko").toString(),
                kvm.resolve("kvmlike-intel.ko").toString());
        Files.writeString(root.resolve("modules.dep"), String.join("\n",
                ModuleFixture.KVM_DIR + "/kvmlike.ko:",
                ModuleFixture.KVM_DIR + "/kvmlike-intel.ko: " + ModuleFixture.KVM_DIR + "/kvmlike.ko") + "\n");
        Files.writeString(root.resolve("modules.builtin"), "kernel/fs/ext4/ext4.ko\nkernel/drivers/tty/serial-base.ko\n");
        Files.writeString(root.resolve("config-test"), "CONFIG_KVMLIKE=m\nCONFIG_EXT4_FS=y\nCONFIG_SERIAL_BASE=y\n");
    }

    @Test
    void withoutModinfoTheNameIsTheFilesAndDependsAreModulesDeps() {
        Map<String, ModuleFacts> modules = new HashMap<>();
        ModuleSet.fromDirectory(root, null).read(m -> modules.put(m.name(), m));
        assertEquals(new TreeSet<>(List.of("kvmlike", "kvmlike_intel", "ext4", "serial_base")),
                new TreeSet<>(modules.keySet()));
        ModuleFacts intel = modules.get("kvmlike_intel");
        assertTrue(intel.modinfo().isEmpty());
        assertEquals(List.of("kvmlike"), intel.depends(), "from modules.dep");
        assertEquals(List.of(), modules.get("kvmlike").depends(), "depends= is empty in .modinfo");
        assertEquals(new KernelConfig.Setting("CONFIG_KVMLIKE", "m"), modules.get("kvmlike").config());
        assertNull(modules.get("ext4").config(), "ext4 is built by CONFIG_EXT4_FS: not found by name");
        assertEquals(new KernelConfig.Setting("CONFIG_SERIAL_BASE", "y"), modules.get("serial_base").config());
        assertEquals(ModuleLinkage.BUILT_IN, modules.get("serial_base").linkage());
        assertEquals("kernel/drivers/tty/serial-base.ko", modules.get("serial_base").path());
    }

    @Test
    void oneThreadAndATinyBudgetReadTheSame() {
        Map<String, ModuleFacts> parallel = new HashMap<>();
        ModuleSet.fromDirectory(fixture.modulesRoot(), fixture.vmlinuxBtf()).read(m -> parallel.put(m.name(), m));
        Map<String, ModuleFacts> serial = new HashMap<>();
        ModuleSet.fromDirectory(fixture.modulesRoot(), fixture.vmlinuxBtf()).withLimits(1, 1)
                .read(m -> serial.put(m.name(), m));
        assertEquals(parallel.keySet(), serial.keySet());
        parallel.forEach((name, module) -> {
            assertEquals(module.dwarf(), serial.get(name).dwarf());
            assertEquals(module.functions(), serial.get(name).functions());
            assertEquals(module.prototypes().keySet(), serial.get(name).prototypes().keySet());
        });
    }
}

package kgraph.importer.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kgraph.importer.btf.BtfTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the fixture's modules through Debian-style packages and compares with the files themselves. */
class ModulePackagesTest {

    private static final String DEBUG_KVM = "usr/lib/debug/lib/modules/" + FixturePackages.RELEASE + "/"
            + ModuleFixture.KVM_DIR + "/";
    private static final String IMAGE_KVM = "lib/modules/" + FixturePackages.RELEASE + "/" + ModuleFixture.KVM_DIR + "/";

    @TempDir
    static Path dir;
    static ModuleFixture fixture;
    static FixturePackages packages;
    static BtfTypes vmlinuxBtf;
    static Map<String, ModuleFacts> fromFiles = new HashMap<>();

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        fixture = ModuleFixture.build(dir);
        packages = FixturePackages.build(fixture, dir);
        vmlinuxBtf = fixture.vmlinuxBtf();
        ModuleSet.fromDirectory(fixture.modulesRoot(), vmlinuxBtf).read(m -> fromFiles.put(m.name(), m));
    }

    private static Map<String, ModuleFacts> byName(ModuleSet set) {
        Map<String, ModuleFacts> modules = new HashMap<>();
        set.read(m -> modules.put(m.name(), m));
        return modules;
    }

    @Test
    void bothPackagesGiveEveryModuleWithTheFactsOfItsFiles() throws Exception {
        Map<String, ModuleFacts> modules = new HashMap<>();
        ModuleCounts counts = ModuleSet.fromPackages(packages.debugDeb(), packages.imageDeb(), vmlinuxBtf)
                .read(m -> modules.put(m.name(), m));
        assertEquals(new TreeSet<>(List.of("kvmlike", "kvmlike_intel", "kvmlike_amd", "builtinlike")),
                new TreeSet<>(modules.keySet()));
        long koFiles = ModuleTools.run(dir, "sh", "-c", "dpkg-deb -c \"$0\" | grep -c '\\.ko'",
                packages.imageDeb().toString()).stream().mapToLong(Long::parseLong).sum();
        assertEquals(koFiles, counts.loadable());
        assertEquals(1, counts.builtin());
        assertEquals(2, counts.withDebugInfo(), "kvmlike-amd.ko has no debug file");

        ModuleFacts kvm = modules.get("kvmlike");
        assertEquals(DEBUG_KVM + "kvmlike.ko", kvm.path());
        assertEquals(fromFiles.get("kvmlike").modinfo(), kvm.modinfo(), "from the installed file");
        assertEquals(new TreeSet<>(ModuleTools.modinfoStrings(fixture.module("kvmlike.ko"))),
                new TreeSet<>(flatten(kvm.modinfo())));
        assertEquals(new TreeSet<>(ModuleTools.btfFunctions(fixture.module("kvmlike.ko"), fixture.vmlinux())),
                new TreeSet<>(kvm.prototypes().keySet()), "from the installed file");
        assertEquals(fromFiles.get("kvmlike").dwarf(), kvm.dwarf(), "from the detached debug file");
        assertEquals(fromFiles.get("kvmlike").functions(), kvm.functions());
        assertEquals(fromFiles.get("kvmlike").exports(), kvm.exports());
        assertEquals(new KernelConfig.Setting("CONFIG_KVMLIKE", "m"), kvm.config());

        ModuleFacts intel = modules.get("kvmlike_intel");
        assertEquals(fromFiles.get("kvmlike_intel").dwarf(), intel.dwarf());
        assertEquals(fromFiles.get("kvmlike_intel").prototypes().keySet(), intel.prototypes().keySet());
        assertEquals(fromFiles.get("kvmlike_intel").symbols(), intel.symbols());

        ModuleFacts amd = modules.get("kvmlike_amd");
        assertEquals(IMAGE_KVM + "kvmlike-amd.ko.gz", amd.path());
        assertNull(amd.dwarf());
        assertNull(amd.config(), "CONFIG_KVMLIKE_AMD is not set");
        assertEquals(fromFiles.get("kvmlike_amd").modinfo(), amd.modinfo());
        assertEquals(fromFiles.get("kvmlike_amd").prototypes().keySet(), amd.prototypes().keySet());
    }

    @Test
    void builtInModulesComeFromTheIndexFilesAndTheConfig() {
        ModuleFacts builtin = byName(ModuleSet.fromPackages(packages.debugDeb(), packages.imageDeb(), vmlinuxBtf))
                .get("builtinlike");
        assertEquals(ModuleLinkage.BUILT_IN, builtin.linkage());
        assertEquals(FixturePackages.BUILTIN_PATH, builtin.path());
        assertEquals("GPL", builtin.license());
        assertEquals(List.of("devname:builtinlike"), builtin.aliases());
        assertEquals(new KernelConfig.Setting("CONFIG_BUILTINLIKE", "y"), builtin.config());
        assertNull(builtin.dwarf());
        assertTrue(builtin.functions().groups().isEmpty(), "its functions are vmlinux's");
    }

    @Test
    void theDebugPackageAloneHasWhatItsFilesCarry() {
        Map<String, ModuleFacts> modules = byName(ModuleSet.fromPackages(packages.debugDeb(), null, vmlinuxBtf));
        assertEquals(new TreeSet<>(List.of("kvmlike", "kvmlike_intel", "builtinlike")), new TreeSet<>(modules.keySet()));
        ModuleFacts kvm = modules.get("kvmlike");
        assertTrue(kvm.modinfo().isEmpty(), "a detached debug file has no .modinfo bytes");
        assertTrue(kvm.prototypes().isEmpty(), "nor, here, .BTF");
        assertEquals(fromFiles.get("kvmlike").dwarf(), kvm.dwarf());
        assertEquals(fromFiles.get("kvmlike_intel").prototypes().keySet(),
                modules.get("kvmlike_intel").prototypes().keySet());
        assertNull(kvm.config(), "the config is in the image package");
    }

    @Test
    void theImagePackageAloneGivesModulesWithoutDwarf() {
        Map<String, ModuleFacts> modules = byName(ModuleSet.fromPackages(null, packages.imageDeb(), vmlinuxBtf));
        assertEquals(new TreeSet<>(List.of("kvmlike", "kvmlike_intel", "kvmlike_amd", "builtinlike")),
                new TreeSet<>(modules.keySet()));
        for (String name : List.of("kvmlike", "kvmlike_intel", "kvmlike_amd")) {
            ModuleFacts module = modules.get(name);
            assertNull(module.dwarf());
            assertEquals(fromFiles.get(name).symbols(), module.symbols(), "strip --strip-debug keeps .symtab");
            assertEquals(fromFiles.get(name).exports(), module.exports());
            assertEquals(fromFiles.get(name).prototypes().keySet(), module.prototypes().keySet());
            assertFalse(module.modinfo().isEmpty());
        }
    }

    private static List<String> flatten(ModInfo modinfo) {
        return modinfo.fields().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v)).toList();
    }
}

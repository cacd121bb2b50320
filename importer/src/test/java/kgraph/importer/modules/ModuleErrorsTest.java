package kgraph.importer.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.BadInputException;
import kgraph.importer.elf.ElfFile;
import kgraph.importer.elf.ElfSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged module is reported in one line naming the package or directory, the member and the offset. */
class ModuleErrorsTest {

    private static final String MEMBER = ModuleFixture.KVM_DIR + "/kvmlike.ko";

    @TempDir
    static Path dir;
    static ModuleFixture fixture;

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        fixture = ModuleFixture.build(dir);
    }

    /** A copy of the fixture's modules with kvmlike.ko damaged by {@code damage}. */
    private static Path treeWithDamagedKvm(String name, Damage damage) throws IOException {
        Path root = dir.resolve(name);
        for (Path module : fixture.modules()) {
            Path target = root.resolve(fixture.modulesRoot().relativize(module));
            Files.createDirectories(target.getParent());
            Files.copy(module, target);
        }
        try (RandomAccessFile file = new RandomAccessFile(root.resolve(MEMBER).toFile(), "rw")) {
            damage.apply(file);
        }
        return root;
    }

    private interface Damage {
        void apply(RandomAccessFile file) throws IOException;
    }

    @Test
    void aSectionHeaderTableOutsideTheFileNamesItsOffset() throws IOException {
        Path root = treeWithDamagedKvm("shoff", file -> {
            file.seek(0x28);
            file.write(new byte[] {0, 0, 0, 0x40, 0, 0, 0, 0});
        });
        BadInputException e = assertThrows(BadInputException.class, () -> ModuleSet.fromDirectory(root, null).readAll());
        assertTrue(e.getMessage().startsWith(root + ": " + MEMBER + ": offset 0x"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getCause() instanceof BadInputException, "the ELF reader's exception is the cause");
    }

    @Test
    void damagedDwarfNamesTheSectionOffset() throws IOException {
        ElfSection info = ElfFile.open(fixture.module("kvmlike.ko")).section(".debug_info").orElseThrow();
        Path root = treeWithDamagedKvm("dwarf", file -> {
            file.seek(info.offset() + 4);
            file.write(new byte[] {(byte) 0x63, 0});
        });
        BadInputException e = assertThrows(BadInputException.class, () -> ModuleSet.fromDirectory(root, null).readAll());
        assertTrue(e.getMessage().startsWith(root + ": " + MEMBER + ": .debug_info offset 0x"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void theOtherModulesAreReadWhenBadOnesAreOnlyReported() throws IOException {
        Path root = treeWithDamagedKvm("report", file -> {
            file.seek(0x28);
            file.write(new byte[] {0, 0, 0, 0x40, 0, 0, 0, 0});
        });
        List<ModuleFacts> read = new ArrayList<>();
        List<ModuleFormatException> bad = new ArrayList<>();
        ModuleCounts counts = ModuleSet.fromDirectory(root, null).read(read::add, bad::add, ModuleProgress.SILENT);
        assertEquals(1, counts.failed());
        assertEquals(1, bad.size());
        assertTrue(bad.get(0).getMessage().contains(MEMBER));
        assertEquals(fixture.modules().size() - 1, read.size());
        assertEquals(read.size(), counts.loadable());
    }

    @Test
    void aDamagedCompressedModuleNamesTheMember() throws IOException {
        Path root = dir.resolve("xz");
        Path target = Files.createDirectories(root.resolve(ModuleFixture.KVM_DIR)).resolve("kvmlike.ko.xz");
        Files.write(target, new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0, 1, 2, 3});
        BadInputException e = assertThrows(BadInputException.class, () -> ModuleSet.fromDirectory(root, null).readAll());
        assertTrue(e.getMessage().startsWith(root + ": " + MEMBER + ".xz: cannot read the module file"), e.getMessage());
    }

    @Test
    void aCompressedModuleReadsLikeTheFile() throws IOException, InterruptedException {
        Path root = dir.resolve("compressed");
        Path kvm = Files.createDirectories(root.resolve(ModuleFixture.KVM_DIR));
        Files.copy(fixture.module("kvmlike-intel.ko"), kvm.resolve("kvmlike-intel.ko"));
        ModuleTools.run(kvm, "xz", "-q", "kvmlike-intel.ko");
        ModuleFacts compressed = ModuleSet.fromDirectory(root, fixture.vmlinuxBtf()).readAll().get(0);
        ModuleFacts plain = ModuleSet.fromDirectory(fixture.modulesRoot(), fixture.vmlinuxBtf()).readAll().stream()
                .filter(m -> m.name().equals("kvmlike_intel")).findFirst().orElseThrow();
        assertEquals(ModuleFixture.KVM_DIR + "/kvmlike-intel.ko.xz", compressed.path());
        assertEquals(plain.dwarf(), compressed.dwarf());
        assertEquals(plain.modinfo(), compressed.modinfo());
        assertEquals(plain.prototypes().keySet(), compressed.prototypes().keySet());
    }
}

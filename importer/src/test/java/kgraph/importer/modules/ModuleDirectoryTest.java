package kgraph.importer.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.depsurf.FuncGroupRecord;
import kgraph.importer.depsurf.SymbolRecord;
import kgraph.importer.model.CollisionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the fixture's modules from their directory and checks each fact against an independent tool. */
class ModuleDirectoryTest {

    @TempDir
    static Path dir;
    static ModuleFixture fixture;
    static BtfTypes vmlinuxBtf;
    static Map<String, ModuleFacts> byFile;

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        fixture = ModuleFixture.build(dir);
        vmlinuxBtf = fixture.vmlinuxBtf();
        byFile = new HashMap<>();
        for (ModuleFacts module : ModuleSet.fromDirectory(fixture.modulesRoot(), vmlinuxBtf).readAll()) {
            byFile.put(Path.of(module.path()).getFileName().toString(), module);
        }
    }

    @Test
    void everyModuleFileIsReadOnceAsLoadable() {
        assertEquals(Set.of("kvmlike.ko", "kvmlike-intel.ko", "kvmlike-amd.ko"), byFile.keySet());
        byFile.values().forEach(module -> assertEquals(ModuleLinkage.LOADABLE, module.linkage()));
        assertEquals(ModuleFixture.KVM_DIR + "/kvmlike-intel.ko", byFile.get("kvmlike-intel.ko").path());
    }

    @Test
    void namesComeFromModinfoElseFromTheFileNameWithUnderscores() {
        assertEquals("kvmlike", byFile.get("kvmlike.ko").name());
        assertEquals("kvmlike_intel", byFile.get("kvmlike-intel.ko").name());
        assertNull(byFile.get("kvmlike-amd.ko").modinfo().first("name"), "the source writes no name=");
        assertEquals("kvmlike_amd", byFile.get("kvmlike-amd.ko").name());
    }

    @Test
    void modinfoMatchesReadelf() throws Exception {
        for (Path file : fixture.modules()) {
            ModuleFacts module = byFile.get(file.getFileName().toString());
            List<String> strings = ModuleTools.modinfoStrings(file);
            assertEquals(sorted(strings), sorted(flatten(module.modinfo())), file.toString());
            assertEquals(values(strings, "license").get(0), module.license());
            assertEquals(values(strings, "alias"), module.aliases());
            List<String> depends = values(strings, "depends").stream().flatMap(v -> List.of(v.split(",")).stream())
                    .filter(name -> !name.isEmpty()).toList();
            assertEquals(depends, module.depends(), file.toString());
        }
        assertEquals(List.of("kvmlike"), byFile.get("kvmlike-intel.ko").depends());
        assertEquals(List.of(), byFile.get("kvmlike.ko").depends());
    }

    @Test
    void functionSymbolsAndExportsMatchReadelf() throws Exception {
        for (Path file : fixture.modules()) {
            ModuleFacts module = byFile.get(file.getFileName().toString());
            List<ModuleTools.Symbol> symbols = ModuleTools.symbols(file);
            Map<String, Long> expected = new TreeMap<>();
            symbols.stream().filter(s -> s.type().equals("FUNC") && !s.ndx().equals("UND"))
                    .forEach(s -> expected.put(s.name(), s.size()));
            Map<String, Long> actual = new TreeMap<>();
            module.symbols().values().stream().flatMap(Collection::stream)
                    .forEach(s -> actual.put(s.name(), s.size()));
            assertEquals(expected, actual, file.toString());
            module.symbols().forEach((name, records) -> records.forEach(r ->
                    assertTrue(r.name().equals(name) || r.name().startsWith(name + "."), r.name())));

            Map<String, String> sections = ModuleTools.sectionNames(file);
            Map<String, Boolean> expectedExports = new TreeMap<>();
            symbols.stream().filter(s -> s.name().startsWith("__ksymtab_") && !s.type().equals("SECTION")).forEach(s -> expectedExports.put(
                    s.name().substring("__ksymtab_".length()), sections.get(s.ndx()).contains("gpl")));
            Map<String, Boolean> actualExports = new TreeMap<>();
            module.exports().forEach(e -> actualExports.put(e.name(), e.gplOnly()));
            assertEquals(expectedExports, actualExports, file.toString());
        }
        assertEquals(List.of(new Export("kvm_vcpu_kick", true), new Export("kvm_vcpu_block", false)),
                byFile.get("kvmlike.ko").exports(), "EXPORT_IN(...) in kvm_main.c and kvm_x86.c");
    }

    @Test
    void btfPrototypesMatchBpftoolOverTheVmlinuxBase() throws Exception {
        for (Path file : fixture.modules()) {
            ModuleFacts module = byFile.get(file.getFileName().toString());
            List<String> expected = ModuleTools.btfFunctions(file, fixture.vmlinux());
            assertFalse(expected.isEmpty());
            assertEquals(new TreeSet<>(expected), new TreeSet<>(module.prototypes().keySet()), file.toString());
        }
        assertEquals("void kvm_vcpu_kick(struct kvm_vcpu *vcpu);",
                byFile.get("kvmlike.ko").prototypes().get("kvm_vcpu_kick").declaration());
    }

    @Test
    void withoutTheVmlinuxBtfThereAreNoPrototypes() {
        List<ModuleFacts> modules = ModuleSet.fromDirectory(fixture.modulesRoot(), null).readAll();
        modules.forEach(module -> assertTrue(module.prototypes().isEmpty()));
        modules.forEach(module -> assertNotNull(module.dwarf()));
    }

    @Test
    void definedAndImportedFunctionsMatchLlvmDwarfdump() throws Exception {
        for (Path file : fixture.modules()) {
            ModuleFacts module = byFile.get(file.getFileName().toString());
            DwarfdumpCalls dump = DwarfdumpCalls.of(file);
            Set<String> groups = module.functions().groups().stream().map(FuncGroupRecord::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(dump.defined), groups, file.toString());
            Set<String> calledDeclarations = dump.sites.stream().map(DwarfdumpCalls.Site::callee)
                    .filter(dump.declaredOnly::contains).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(calledDeclarations, new TreeSet<>(module.functions().importedCallees()), file.toString());
        }
    }

    @Test
    void callSitesMatchLlvmDwarfdump() throws Exception {
        for (Path file : fixture.modules()) {
            ModuleFacts module = byFile.get(file.getFileName().toString());
            DwarfdumpCalls dump = DwarfdumpCalls.of(file);
            List<CallSite> all = new ArrayList<>(module.functions().localCalls());
            all.addAll(module.functions().importedCalls());
            Map<DwarfdumpCalls.Site, Long> actual = count(all.stream()
                    .map(s -> new DwarfdumpCalls.Site(s.caller(), s.callee(), s.kind())).toList());
            assertEquals(count(dump.sites), actual, file.toString());
            module.functions().importedCalls().forEach(s -> assertTrue(dump.declaredOnly.contains(s.callee())));
            module.functions().localCalls().forEach(s -> assertTrue(dump.defined.contains(s.callee())));
        }
    }

    @Test
    void callsIntoOtherImagesAreKeptByNameAndResolvedThroughDepends() {
        ModuleFacts intel = byFile.get("kvmlike-intel.ko");
        assertTrue(intel.functions().importedCallees().containsAll(List.of("kvm_vcpu_kick", "kvm_vcpu_block", "kprint")),
                "kvmlike-intel.c calls them without defining them");
        assertTrue(intel.functions().importedCalls().stream().anyMatch(s -> s.callee().equals("kvm_vcpu_kick")
                && s.callerUnit() != null && s.callerUnit().endsWith("kvmlike-intel.c")));
        ImportedCallResolver resolver = new ImportedCallResolver();
        byFile.values().forEach(resolver::add);
        assertEquals("kvmlike", resolver.provider("kvmlike-intel", "kvm_vcpu_kick"));
        assertEquals("kvmlike", resolver.provider("kvmlike_amd", "kvm_vcpu_kick"));
        assertEquals(ImportedCallResolver.VMLINUX, resolver.provider("kvmlike_intel", "kprint"));
        assertEquals(ImportedCallResolver.VMLINUX, resolver.provider("kvmlike", "wake_up_task"));
    }

    @Test
    void groupsAreClassifiedOverTheModulesOwnFunctions() {
        ModuleFunctionTable kvm = byFile.get("kvmlike.ko").functions();
        FuncGroupRecord helper = kvm.group("helper");
        assertEquals(2, helper.funcs().size(), "a static helper in kvm_main.c and one in kvm_x86.c");
        assertEquals(CollisionType.STATIC_STATIC.label(), helper.collisionType());
        assertEquals(CollisionType.UNIQUE_GLOBAL.label(), kvm.group("kvm_vcpu_kick").collisionType());
        assertNull(kvm.group("kprint"), "declared only: vmlinux's");
        assertTrue(kvm.localCallsByCallee().get("kvm_vcpu_kick").stream()
                .anyMatch(s -> s.caller().equals("kvm_vcpu_block")), "kvm_x86.c calls it");
        List<SymbolRecord> kick = byFile.get("kvmlike.ko").symbols().get("kvm_vcpu_kick");
        assertEquals("STB_GLOBAL", kick.get(0).bind());
    }

    private static List<String> flatten(ModInfo modinfo) {
        List<String> strings = new ArrayList<>();
        modinfo.fields().forEach((key, values) -> values.forEach(value -> strings.add(key + "=" + value)));
        return strings;
    }

    private static List<String> values(List<String> strings, String key) {
        return strings.stream().filter(s -> s.startsWith(key + "=")).map(s -> s.substring(key.length() + 1)).toList();
    }

    private static List<String> sorted(List<String> strings) {
        return strings.stream().sorted().toList();
    }

    private static <T> Map<T, Long> count(List<T> items) {
        return items.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}

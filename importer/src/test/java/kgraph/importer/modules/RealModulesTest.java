package kgraph.importer.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import kgraph.importer.btf.BtfReader;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.elf.ElfFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every module of Debian's cloud-amd64 6.12 kernel, from its -dbg and image packages when they are
 * in {@code /tmp/debs} (or {@code -Dkgraph.debs=DIR}): counted against {@code dpkg-deb -c}, module
 * BTF against {@code bpftool}, and the kvm_vcpu_kick question answered. Prints time and peak RSS.
 */
@Tag("slow")
class RealModulesTest {

    private static final String RELEASE = "6.12.117+deb12-cloud-amd64";
    private static final String VERSION = "6.12.117-1~deb12u1";
    private static final String DEBUG_DIR = "usr/lib/debug/lib/modules/" + RELEASE + "/";
    private static final List<String> BTF_CHECKED = List.of("kernel/arch/x86/kvm/kvm.ko",
            "kernel/arch/x86/kvm/kvm-intel.ko", "kernel/arch/x86/kvm/kvm-amd.ko", "kernel/fs/xfs/xfs.ko");

    @TempDir
    Path tmp;

    @Test
    void allModulesOfDebiansCloudKernel() throws Exception {
        Path debs = Path.of(System.getProperty("kgraph.debs", "/tmp/debs"));
        Path debugDeb = debs.resolve("linux-image-" + RELEASE + "-dbg_" + VERSION + "_amd64.deb");
        Path imageDeb = debs.resolve("linux-image-" + RELEASE + "_" + VERSION + "_amd64.deb");
        Assumptions.assumeTrue(Files.isRegularFile(debugDeb) && Files.isRegularFile(imageDeb),
                "the Debian packages are not in " + debs);

        List<String> tarMembers = new ArrayList<>(List.of("./usr/lib/debug/boot/vmlinux-" + RELEASE));
        BTF_CHECKED.forEach(path -> tarMembers.add("./" + DEBUG_DIR + path));
        List<String> extract = new ArrayList<>(List.of("sh", "-c",
                "dpkg-deb --fsys-tarfile \"$0\" | tar -x -f - " + String.join(" ", tarMembers), debugDeb.toString()));
        ModuleTools.run(tmp, extract.toArray(String[]::new));
        Path vmlinux = tmp.resolve("usr/lib/debug/boot/vmlinux-" + RELEASE);
        BtfTypes vmlinuxBtf = BtfReader.read(vmlinux + " (.BTF)", ElfFile.open(vmlinux).data(".BTF"));

        Map<String, ModuleFacts> kept = new ConcurrentHashMap<>();
        Map<String, Integer> prototypeCounts = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        long start = System.nanoTime();
        ModuleCounts counts = ModuleSet.fromPackages(debugDeb, imageDeb, vmlinuxBtf).read(module -> {
            if (module.name().startsWith("kvm")) {
                kept.put(module.name(), module);
            }
            for (String path : BTF_CHECKED) {
                if (module.path().endsWith(path)) {
                    prototypeCounts.put(path, module.prototypes().size());
                }
            }
        }, e -> bad.add(e.getMessage()), ModuleProgress.SILENT);
        double seconds = (System.nanoTime() - start) / 1e9;

        long koFiles = ModuleTools.run(tmp, "sh", "-c", "dpkg-deb -c \"$0\" | grep -c '\\.ko$'", debugDeb.toString())
                .stream().mapToLong(Long::parseLong).sum();
        System.out.printf("modules: %d loadable (%d with DWARF), %d built in, %d unreadable%n", counts.loadable(),
                counts.withDebugInfo(), counts.builtin(), counts.failed());
        System.out.printf("DWARF functions %d, local call sites %d, imported call sites %d%n", counts.functions(),
                counts.localCallSites(), counts.importedCallSites());
        System.out.printf("read in %.1f s; JVM peak RSS %s%n", seconds, peakRss());
        bad.forEach(System.out::println);
        assertEquals(koFiles, counts.loadable(), "dpkg-deb -c lists the .ko files");
        assertEquals(koFiles, counts.withDebugInfo());
        assertEquals(0, counts.failed());

        for (String path : BTF_CHECKED) {
            Path module = tmp.resolve(DEBUG_DIR + path);
            int expected = new TreeSet<>(ModuleTools.btfFunctions(module, vmlinux)).size();
            System.out.printf("%s: %d BTF functions (bpftool %d)%n", path, prototypeCounts.get(path), expected);
            assertEquals(expected, prototypeCounts.get(path), path);
        }

        ModuleFacts kvm = kept.get("kvm");
        assertNotNull(kvm);
        assertEquals(ModuleLinkage.LOADABLE, kvm.linkage());
        System.out.println("kvm: config " + kvm.config() + ", depends " + kvm.depends() + ", license " + kvm.license());
        assertNotNull(kvm.functions().group("kvm_vcpu_kick"), "kvm_vcpu_kick is defined in kvm");
        System.out.println("kvm_vcpu_kick in kvm: " + kvm.functions().group("kvm_vcpu_kick").collisionType() + ", "
                + kvm.functions().group("kvm_vcpu_kick").inlineType() + ", symbols "
                + kvm.symbols().get("kvm_vcpu_kick") + ", exported " + kvm.exports().stream()
                .filter(e -> e.name().equals("kvm_vcpu_kick")).toList() + ", prototype "
                + kvm.prototypes().get("kvm_vcpu_kick").declaration());
        List<CallSite> local = kvm.functions().localCallsByCallee().getOrDefault("kvm_vcpu_kick", List.of());
        System.out.println("  callers in kvm: " + local.size() + " sites, " + callers(local));
        assertFalse(local.isEmpty());
        ImportedCallResolver resolver = new ImportedCallResolver();
        kept.values().forEach(resolver::add);
        for (String name : List.of("kvm_intel", "kvm_amd")) {
            ModuleFacts module = kept.get(name);
            assertNotNull(module, name);
            assertTrue(module.depends().contains("kvm"), name + " depends on kvm");
            List<CallSite> calls = module.functions().importedCalls().stream()
                    .filter(s -> s.callee().equals("kvm_vcpu_kick")).toList();
            System.out.println("  callers in " + name + ": " + calls.size() + " sites, " + callers(calls)
                    + ", resolved to " + resolver.provider(name, "kvm_vcpu_kick"));
            assertEquals("kvm", resolver.provider(name, "kvm_vcpu_kick"));
        }
    }

    private static TreeSet<String> callers(List<CallSite> sites) {
        TreeSet<String> names = new TreeSet<>();
        sites.forEach(s -> names.add(s.caller() + (s.kind() == CallSite.Kind.CALL ? "" : " (" + s.kind() + ")")));
        return names;
    }

    private static String peakRss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.substring(6).strip()).findFirst().orElse("?");
    }
}

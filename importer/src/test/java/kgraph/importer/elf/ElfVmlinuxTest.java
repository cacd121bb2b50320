package kgraph.importer.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Debian's debug vmlinux images, when they have been unpacked beside the repository. */
@Tag("slow")
class ElfVmlinuxTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheSymbolsReadelfListsForDebian612() {
        Path vmlinux = vmlinux("linux-image-6.12.117+deb12-cloud-amd64-dbg_*");
        Toolchain tools = new Toolchain(tmp);
        long start = System.nanoTime();
        ElfFile elf = ElfFile.open(vmlinux);
        List<ElfSymbol> symbols = elf.symbols();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: %d symbols in %d ms%n", vmlinux.getFileName(), symbols.size(), millis);
        List<String> expected = ElfSymbolsTest.readelfAll(tools, vmlinux);
        assertEquals(expected, symbols.stream().map(ElfSymbolsTest::describe).toList());
        assertEquals(expected.stream().filter(s -> s.contains("|FUNC|")).count(),
                symbols.stream().filter(ElfSymbol::isFunction).count());
    }

    @Test
    void relocatingTheDebugSectionsOfDebian61LeavesThemAsLinked() {
        Path vmlinux = vmlinux("linux-image-6.1.0-56-cloud-amd64-dbg*");
        ElfFile elf = ElfFile.open(vmlinux);
        int relocated = 0;
        for (ElfSection section : elf.sections()) {
            long relocations = elf.relocationsFor(section).stream().mapToLong(r -> r.size() / r.entsize()).sum();
            if (!section.name().startsWith(".debug_") || relocations == 0) {
                continue;
            }
            long start = System.nanoTime();
            ByteBuffer data = elf.data(section);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s: %d relocations on %d bytes in %d ms%n", section.name(), relocations,
                    data.remaining(), millis);
            assertEquals(elf.rawData(section), data, section.name());
            relocated++;
        }
        assertTrue(relocated > 0, "no relocated debug sections in " + vmlinux);
    }

    private static Path vmlinux(String packageGlob) {
        Path kernels = Samples.repo().resolve("..").resolve("kernels").normalize();
        Assumptions.assumeTrue(Files.isDirectory(kernels), "no unpacked kernels at " + kernels);
        PathMatcher packageName = FileSystems.getDefault().getPathMatcher("glob:" + packageGlob);
        try (Stream<Path> found = Files.find(kernels, 6, (p, a) -> a.isRegularFile()
                && p.getFileName().toString().startsWith("vmlinux-")
                && packageName.matches(kernels.relativize(p).getName(0)))) {
            Path vmlinux = found.findFirst().orElse(null);
            Assumptions.assumeTrue(vmlinux != null, "no " + packageGlob + " vmlinux under " + kernels);
            return vmlinux;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kgraph.importer.Samples;
import kgraph.importer.dwarf.Tools;
import kgraph.importer.kernel.KernelFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import vmlinux}, {@code import deb} and {@code import running} end to end: a real
 * gcc-built kernel-like program, the same program in a real {@code .deb} built by dpkg-deb,
 * and a real Debian BTF blob with its System.map; then the lookups answer for them.
 */
class KernelImportCommandsTest {

    private static final String DEB_IMAGE = "6.1.0-98-cloud-amd64";

    @TempDir
    static Path dir;
    private static Path vmlinux;

    @BeforeAll
    static void build() throws Exception {
        vmlinux = KernelFixture.build(Files.createDirectories(dir.resolve("build")));
    }

    @Test
    void vmlinuxImportAnswersReportCallersAndPresence() {
        Path db = dir.resolve("vmlinux-db");
        Cli.Result imported = Cli.run(db, "import", "vmlinux", vmlinux.toString(), "--json");
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("\"image\" : \"" + KernelFixture.IMAGE + "\""), imported.out());
        assertTrue(imported.err().contains("DWARF compile units"), "progress while reading: " + imported.err());

        Cli.Result callers = Cli.run(db, "callers", "lookup");
        assertEquals(0, callers.exit(), callers.err());
        assertTrue(callers.out().contains("net_rx") && callers.out().contains("tail"), callers.out());

        Cli.Result report = Cli.run(db, "report", "list_length");
        assertTrue(report.out().contains("**Collision:** Static Duplication"), report.out());
        Cli.Result presence = Cli.run(db, "presence", "vfs_count");
        assertTrue(presence.out().contains("Selective"), presence.out());
    }

    @Test
    void debImportNamesTheImageFromThePackage() throws Exception {
        Path root = dir.resolve("pkg");
        Path boot = Files.createDirectories(root.resolve("usr/lib/debug/boot"));
        Files.copy(vmlinux, boot.resolve("vmlinux-" + DEB_IMAGE));
        Files.createDirectories(root.resolve("DEBIAN"));
        Files.writeString(root.resolve("DEBIAN/control"), String.join("\n",
                "Package: linux-image-" + DEB_IMAGE + "-dbg", "Version: 6.1.0-98", "Architecture: amd64",
                "Maintainer: Debian Kernel Team <debian-kernel@lists.debian.org>",
                "Description: Debug symbols for linux-image-" + DEB_IMAGE, ""));
        Path deb = dir.resolve("linux-image-" + DEB_IMAGE + "-dbg_6.1.0-98_amd64.deb");
        Tools.run(dir, List.of("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root.toString(), deb.toString()));

        Path db = dir.resolve("deb-db");
        Cli.Result imported = Cli.run(db, "import", "deb", deb.toString());
        assertEquals(0, imported.exit(), imported.err());
        Cli.Result presence = Cli.run(db, "presence", "net_rx", "--json");
        assertTrue(presence.out().contains("\"image\" : \"" + DEB_IMAGE + "\""), presence.out());
    }

    @Test
    void runningImportTakesBtfAndKallsyms() {
        String image = "6.12.117+deb12-cloud-amd64";
        Path db = dir.resolve("running-db");
        Cli.Result imported = Cli.run(db, "import", "running", "--name", image,
                "--btf", Samples.debianBtf(image).toString(), "--kallsyms", Samples.debianSystemMap(image).toString());
        assertEquals(0, imported.exit(), imported.err());
        Cli.Result report = Cli.run(db, "report", "vfs_read");
        assertTrue(report.out().contains("ssize_t vfs_read(struct file *file"), report.out());
        assertTrue(report.out().contains("vfs_read (STB_GLOBAL)"), report.out());
    }

    @Test
    void aTruncatedVmlinuxIsBadInputAndChangesNothing() throws Exception {
        Path db = dir.resolve("bad-db");
        assertEquals(0, Cli.run(db, "import", "vmlinux", vmlinux.toString()).exit());
        byte[] whole = Files.readAllBytes(vmlinux);
        Path cut = dir.resolve("vmlinux-cut");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 3));
        Cli.Result result = Cli.run(db, "import", "vmlinux", cut.toString(), "--name", "6.1.0-97-test-amd64");
        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result.err());
        String error = result.err().lines().filter(l -> l.startsWith("kgraph: error: ")).findFirst().orElse("");
        assertTrue(error.contains(cut.toString()) && error.contains("offset 0x"), result.err());
        Cli.Result images = Cli.run(db, "images");
        assertFalse(images.out().contains("6.1.0-97-test-amd64"), images.out());
        assertTrue(images.out().contains(KernelFixture.IMAGE), images.out());
    }

    @Test
    void dryRunWritesNothing() {
        Path db = dir.resolve("dry-db");
        Cli.Result checked = Cli.run(db, "import", "vmlinux", vmlinux.toString(), "--dry-run");
        assertEquals(0, checked.exit(), checked.err());
        assertTrue(checked.out().contains("nothing was written"), checked.out());
        assertFalse(Files.exists(db));
    }
}

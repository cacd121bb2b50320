package kgraph.importer.deb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebPackageTest {

    private static final String PACKAGE = "linux-image-6.12.117+deb12-cloud-amd64-dbg";
    private static final String KREL = "6.12.117+deb12-cloud-amd64";
    private static final String VMLINUX = "usr/lib/debug/boot/vmlinux-" + KREL;

    @TempDir
    static Path binaries;

    private static KernelTrees trees;

    @TempDir
    Path tmp;

    @BeforeAll
    static void compile() {
        trees = new KernelTrees(binaries);
    }

    private PackageTree debianDbg() {
        return trees.debianDbg(tmp, PACKAGE, KREL).hardLink("usr/lib/debug/boot/vmlinux.hardlink", VMLINUX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xz", "zstd", "gzip", "none"})
    void controlFieldsAreWhatDpkgDebPrints(String compression) {
        Path deb = debianDbg().build(tmp.resolve("p.deb"), compression);
        DebPackage pkg = DebPackage.open(deb);
        assertEquals(DpkgDeb.fieldNames(deb), List.copyOf(pkg.control().keySet()));
        for (Map.Entry<String, String> field : pkg.control().entrySet()) {
            assertEquals(DpkgDeb.field(deb, field.getKey()), field.getValue(), field.getKey());
        }
        assertEquals(PACKAGE, pkg.packageName());
        assertEquals("6.12.117-1~deb12u1", pkg.version());
        assertEquals("amd64", pkg.architecture());
        assertEquals("linux-6.12", pkg.source());
        assertEquals("Debug symbols for linux-image-6.12.117+deb12-cloud-amd64", pkg.field("description").lines().findFirst().orElseThrow());
        assertEquals(DpkgDeb.members(deb), pkg.members().stream().map(ArMember::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xz", "zstd", "gzip", "none"})
    void listsWhatDpkgDebLists(String compression) {
        Path deb = debianDbg().build(tmp.resolve("p.deb"), compression);
        DataListing listing = DebPackage.open(deb).list();
        assertEquals(DpkgDeb.contents(deb), listing.entries());
        assertEquals(DataEntry.Type.HARDLINK, listing.get("usr/lib/debug/boot/vmlinux.hardlink").orElseThrow().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xz", "zstd", "gzip", "none"})
    void readsTheBytesPutIn(String compression) throws Exception {
        Path deb = debianDbg().build(tmp.resolve("p.deb"), compression);
        ByteBuffer vmlinux = DebPackage.open(deb).read(VMLINUX::equals).orElseThrow();
        assertEquals(Files.size(trees.vmlinux), vmlinux.remaining());
        assertEquals(0, vmlinux.position());
        assertEquals(vmlinux.capacity(), vmlinux.limit(), "one buffer of exactly the file's size");
        assertEquals(sha256(Files.readAllBytes(trees.vmlinux)), sha256(vmlinux));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xz", "zstd", "gzip", "none"})
    void scanHandsOverEveryWantedFileOnce(String compression) throws Exception {
        PackageTree tree = debianDbg();
        Path deb = tree.build(tmp.resolve("p.deb"), compression);
        Map<String, String> seen = new TreeMap<>();
        DebPackage.open(deb).scan(name -> !name.endsWith("modules.order"), (entry, content) -> {
            assertEquals(entry.size(), content.transferTo(OutputStream.nullOutputStream()), entry.name());
            assertNull(seen.put(entry.name(), ""), "handed over twice: " + entry.name());
        });
        Map<String, String> expected = new TreeMap<>();
        for (DataEntry e : DpkgDeb.contents(deb)) {
            if (e.isFile() && !e.name().endsWith("modules.order")) {
                expected.put(e.name(), "");
            }
        }
        assertEquals(expected.keySet(), seen.keySet());
    }

    @Test
    void scannedContentIsTheFilePutIn() throws Exception {
        PackageTree tree = debianDbg();
        Path deb = tree.build(tmp.resolve("p.deb"), "xz");
        Map<String, String> digests = new TreeMap<>();
        DebPackage.open(deb).scan(name -> true, (entry, content) -> digests.put(entry.name(), sha256(content.readAllBytes())));
        for (Map.Entry<String, String> d : digests.entrySet()) {
            assertEquals(sha256(Files.readAllBytes(tree.path(d.getKey()))), d.getValue(), d.getKey());
        }
        assertTrue(digests.containsKey(VMLINUX));
    }

    @Test
    void aHandlerMayReadPartOfAFileOrCloseIt() throws Exception {
        Path deb = debianDbg().build(tmp.resolve("p.deb"), "zstd");
        List<String> names = new ArrayList<>();
        DebPackage.open(deb).scan(name -> true, (entry, content) -> {
            content.read(new byte[16]);
            content.close();
            names.add(entry.name());
        });
        assertTrue(names.contains(VMLINUX) && names.size() > 4, names.toString());
    }

    @Test
    void resolvesTheLinksToVmlinux() {
        Path deb = debianDbg().build(tmp.resolve("p.deb"), "xz");
        DataListing listing = DebPackage.open(deb).list();
        for (String link : List.of("usr/lib/debug/lib/modules/" + KREL + "/vmlinux", "usr/lib/debug/vmlinux-" + KREL,
                "./usr/lib/debug/boot/vmlinux.hardlink", VMLINUX)) {
            assertEquals(VMLINUX, listing.resolve(link).orElseThrow(() -> new AssertionError(link)).name(), link);
        }
        assertTrue(listing.resolve("usr/lib/debug/boot").isEmpty(), "a directory is no file");
        assertTrue(listing.resolve("boot/vmlinux-" + KREL).isEmpty());
    }

    @Test
    void findsNothingWhereNothingMatches() {
        Path deb = debianDbg().build(tmp.resolve("p.deb"), "gzip");
        assertTrue(DebPackage.open(deb).read(name -> name.startsWith("boot/")).isEmpty());
    }

    @Test
    void refusesAFileLargerThanOneBuffer() {
        Path deb = debianDbg().build(tmp.resolve("p.deb"), "xz");
        DebFormatException e = assertThrows(DebFormatException.class,
                () -> DebPackage.open(deb).read(VMLINUX::equals, 1000));
        assertTrue(e.getMessage().startsWith(deb + ": member 3 (data.tar.xz): " + VMLINUX + " is "), e.getMessage());
        assertTrue(e.getMessage().contains("more than the 1000 bytes"), e.getMessage());
    }

    @Test
    void aPackageWithoutSourceFieldHasNoSource() {
        Path deb = trees.debianSignedImage(tmp, "linux-image-6.12.117+deb12-cloud-amd64", KREL)
                .build(tmp.resolve("signed.deb"), "xz");
        assertEquals("linux-signed-6.12-amd64", DebPackage.open(deb).source());
        assertEquals("linux-signed-6.12-amd64 (6.12.117+1~deb12u1)", DebPackage.open(deb).control().get("Source"));
        Path hello = new PackageTree(tmp.resolve("hello")).control("hello")
                .file("usr/share/doc/hello/copyright", new byte[] {'x'}).build(tmp.resolve("hello.deb"), "xz");
        assertNull(DebPackage.open(hello).source());
    }

    static String sha256(byte[] bytes) {
        return sha256(ByteBuffer.wrap(bytes));
    }

    static String sha256(ByteBuffer bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes.duplicate());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package kgraph.importer.deb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Damaged and wrong inputs: each one {@link DebFormatException} naming the file and the place. */
class BadPackagesTest {

    private static final String PACKAGE = "linux-image-6.12.117+deb12-cloud-amd64-dbg";
    private static final String KREL = "6.12.117+deb12-cloud-amd64";
    private static final Pattern AT_BYTE = Pattern.compile(" at byte (\\d+)");

    @TempDir
    static Path binaries;

    private static KernelTrees trees;

    @TempDir
    Path tmp;

    @BeforeAll
    static void compile() {
        trees = new KernelTrees(binaries);
    }

    private Path goodDeb(String compression) {
        return trees.debianDbg(tmp.resolve("tree"), PACKAGE, KREL).build(tmp.resolve("good-" + compression + ".deb"), compression);
    }

    @Test
    void truncatedPackages() throws Exception {
        Path good = goodDeb("xz");
        byte[] whole = Files.readAllBytes(good);
        DebPackage intact = DebPackage.open(good);
        ArMember control = intact.members().get(1);
        ArMember data = intact.dataMember();
        long[] cuts = {0, 5, 8 + 30, 8 + 60 + 2, control.offset() - 20, control.offset() + control.size() / 2,
            data.offset() - 10, data.offset() + 100, data.offset() + data.size() / 2, whole.length - 1};
        for (long cut : cuts) {
            Path cutDeb = tmp.resolve("cut-" + cut + ".deb");
            Files.write(cutDeb, Arrays.copyOf(whole, (int) cut));
            DebFormatException e = assertThrows(DebFormatException.class, () -> KernelPackage.open(cutDeb), "cut at " + cut);
            String message = e.getMessage();
            assertTrue(message.startsWith(cutDeb + ": "), message);
            assertTrue(message.contains(cut == 0 ? "empty file" : "truncated"), message);
            assertTrue(message.contains(" at byte "), message);
            assertTrue(message.lines().count() == 1, message);
        }
    }

    @Test
    void namesTheMemberAndByteOfATruncatedMember() throws Exception {
        Path good = goodDeb("xz");
        ArMember data = DebPackage.open(good).dataMember();
        Path cut = tmp.resolve("cut.deb");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(good), (int) (data.offset() + 100)));
        DebFormatException e = assertThrows(DebFormatException.class, () -> DebPackage.open(cut));
        assertEquals(cut + ": member 3 (data.tar.xz) at byte " + data.offset() + ": truncated archive: the member needs "
                + data.size() + " bytes, the file ends at byte " + (data.offset() + 100), e.getMessage());
    }

    @Test
    void filesThatAreNotArArchives() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.deb"), "Package: hello\nVersion: 1\n");
        Path elf = trees.vmlinux;
        Path tar = tmp.resolve("data.tar");
        Tools.run(tmp, "tar", "-cf", tar.toString(), "-C", binaries.toString(), "kernel.c");
        for (Path notAr : new Path[] {text, elf, tar}) {
            DebFormatException e = assertThrows(DebFormatException.class, () -> DebPackage.open(notAr));
            assertTrue(e.getMessage().startsWith(notAr + ": at byte 0: not an ar archive"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xz", "zstd", "gzip"})
    void corruptDataMember(String compression) throws Exception {
        Path good = goodDeb(compression);
        ArMember data = DebPackage.open(good).dataMember();
        byte[] bytes = Files.readAllBytes(good);
        int from = (int) (data.offset() + data.size() / 3);
        Arrays.fill(bytes, from, from + 512, (byte) 0x5a);
        Path corrupt = Files.write(tmp.resolve("corrupt.deb"), bytes);
        DebPackage pkg = DebPackage.open(corrupt);
        DebFormatException e = assertThrows(DebFormatException.class, pkg::list);
        String prefix = corrupt + ": member 3 (" + data.name() + ") at byte ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        Matcher at = AT_BYTE.matcher(e.getMessage());
        assertTrue(at.find());
        long position = Long.parseLong(at.group(1));
        assertTrue(position >= from && position <= data.end(), "reported byte " + position + ", damage at " + from);
        assertTrue(e.getMessage().contains("corrupt") || e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedCompressedStreamInsideACompleteMember() throws Exception {
        Path good = goodDeb("xz");
        Path dir = Files.createDirectories(tmp.resolve("members"));
        Tools.run(dir, "ar", "x", good.toString());
        byte[] xz = Files.readAllBytes(dir.resolve("data.tar.xz"));
        Files.write(dir.resolve("data.tar.xz"), Arrays.copyOf(xz, xz.length / 2));
        Path deb = tmp.resolve("short-xz.deb");
        Tools.run(dir, "ar", "rc", deb.toString(), "debian-binary", "control.tar.xz", "data.tar.xz");
        DebFormatException e = assertThrows(DebFormatException.class, () -> DebPackage.open(deb).list());
        assertTrue(e.getMessage().matches(Pattern.quote(deb + ": member 3 (data.tar.xz) at byte ") + "\\d+: truncated xz stream.*"),
                e.getMessage());
    }

    @Test
    void membersMissingOrOfUnknownCompression() throws Exception {
        Path good = goodDeb("xz");
        Path dir = Files.createDirectories(tmp.resolve("members"));
        Tools.run(dir, "ar", "x", good.toString());
        Files.copy(dir.resolve("data.tar.xz"), dir.resolve("data.tar.lz4"));

        Path noData = arArchive(dir, "no-data.deb", "debian-binary", "control.tar.xz");
        assertMessage(noData, noData + ": no data.tar member (members: [debian-binary, control.tar.xz])");

        Path noControl = arArchive(dir, "no-control.deb", "debian-binary", "data.tar.xz");
        assertMessage(noControl, noControl + ": member 2 (data.tar.xz): no control.tar member before the data member");

        Path lz4 = arArchive(dir, "lz4.deb", "debian-binary", "control.tar.xz", "data.tar.lz4");
        assertMessage(lz4, lz4 + ": member 3 (data.tar.lz4): unsupported compression (kgraph reads data.tar "
                + "uncompressed or as .gz, .xz, .zst, .bz2 and .lzma)");

        Path noDebianBinary = arArchive(dir, "other.deb", "control.tar.xz", "data.tar.xz");
        assertMessage(noDebianBinary, noDebianBinary + ": member 1 (control.tar.xz): not a Debian binary package: "
                + "the first member must be debian-binary");
    }

    private static Path arArchive(Path dir, String name, String... members) {
        Path deb = dir.resolve(name);
        String[] command = new String[members.length + 3];
        command[0] = "ar";
        command[1] = "rc";
        command[2] = deb.toString();
        System.arraycopy(members, 0, command, 3, members.length);
        Tools.run(dir, command);
        return deb;
    }

    private static void assertMessage(Path deb, String expected) {
        DebFormatException e = assertThrows(DebFormatException.class, () -> DebPackage.open(deb));
        assertEquals(expected, e.getMessage());
    }
}

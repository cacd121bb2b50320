package kgraph.importer.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElfCompressionTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"zlib", "zlib-gnu"})
    void inflatesDebugSectionsAsObjcopyDoes(String compression) throws IOException {
        Toolchain tools = new Toolchain(tmp);
        Path prog = tools.gcc("prog", "-g", "-O2", "-gz=" + compression, "main.c", "util.c");
        ElfFile elf = ElfFile.open(prog);
        if (compression.equals("zlib")) {
            assertTrue(elf.section(".debug_info").orElseThrow().isCompressed());
        } else {
            assertTrue(elf.section(".zdebug_info").isPresent(), "gcc wrote no .zdebug_info");
        }
        assertSameAsObjcopy(tools, elf, prog);
    }

    @Test
    void inflatesZstdSectionsTheToolchainWrites() throws IOException {
        Toolchain tools = new Toolchain(tmp);
        tools.copySources();
        boolean built = tools.succeeds("gcc", "-g", "-O2", "-gz=zstd", "main.c", "util.c", "-o", "prog")
                || tools.succeeds("gcc", "-g", "-O2", "-Wl,--compress-debug-sections=zstd", "main.c", "util.c",
                "-o", "prog");
        Assumptions.assumeTrue(built, "this gcc cannot write zstd-compressed debug sections");
        Path prog = tmp.resolve("prog");
        boolean zstd = tools.run("readelf", "-tW", prog.toString()).stream().anyMatch(l -> l.contains("ZSTD"));
        Assumptions.assumeTrue(zstd, "this linker accepts zstd but leaves debug sections uncompressed");
        assertSameAsObjcopy(tools, ElfFile.open(prog), prog);
    }

    /**
     * binutils here may lack zstd, so this replaces a zlib-compressed .debug_info in place with the
     * same contents compressed by the zstd tool, behind the original compression header with only
     * ch_type changed to ELFCOMPRESS_ZSTD and sh_size shrunk to fit.
     */
    @Test
    void inflatesAZstdSectionMadeWithTheZstdTool() throws IOException {
        Toolchain tools = new Toolchain(tmp);
        Assumptions.assumeTrue(tools.succeeds("zstd", "--version"), "no zstd tool");
        Readelf readelf = new Readelf(tools);
        Path prog = tools.gcc("prog", "-g", "-O2", "-gz=zlib", "main.c", "util.c");
        tools.run("objcopy", "--decompress-debug-sections", "prog", "plain");
        tools.run("objcopy", "--dump-section", ".debug_info=info.bin", "plain", "plain.out");
        tools.run("zstd", "-q", "-19", "-f", "info.bin", "-o", "info.zst");
        byte[] zstd = Files.readAllBytes(tmp.resolve("info.zst"));
        long offset = readelf.sectionOffset(prog, ".debug_info");
        long size = readelf.sectionSize(prog, ".debug_info");
        int chdrSize = 24;
        Assumptions.assumeTrue(chdrSize + zstd.length <= size, "zstd output larger than zlib output");

        int index = indexOf(readelf.sectionNames(prog), ".debug_info");
        long headers = readelf.headerNumber(prog, "Start of section headers");
        long headerSize = readelf.headerNumber(prog, "Size of section headers");
        try (FileChannel file = FileChannel.open(prog, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 2), offset);
            file.write(ByteBuffer.wrap(zstd), offset + chdrSize);
            ByteBuffer shSize = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, chdrSize + zstd.length);
            file.write(shSize, headers + index * headerSize + 32);
        }
        ByteBuffer data = ElfFile.open(prog).data(".debug_info");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("info.bin")), bytes(data));
    }

    @Test
    void uncompressedSectionsAreViewsOfTheFile() {
        Toolchain tools = new Toolchain(tmp);
        Path prog = tools.gcc("prog", "-g", "-O2", "main.c", "util.c");
        ElfFile elf = ElfFile.open(prog);
        ByteBuffer info = elf.data(".debug_info");
        assertTrue(info.isDirect() && info.isReadOnly(), "expected a slice of the read-only mapping");
        assertEquals(new Readelf(tools).sectionSize(prog, ".debug_info"), info.remaining());
        assertEquals(null, elf.data(".no_such_section"));
    }

    /** Every debug section objcopy can dump from the decompressed copy must match data() byte for byte. */
    private static void assertSameAsObjcopy(Toolchain tools, ElfFile elf, Path prog) throws IOException {
        Path plain = tools.dir().resolve(prog.getFileName() + ".plain");
        tools.run("objcopy", "--decompress-debug-sections", prog.toString(), plain.toString());
        Readelf readelf = new Readelf(tools);
        List<String> names = readelf.sectionNames(plain).values().stream()
                .filter(n -> n.startsWith(".debug_")).sorted().toList();
        assertFalse(names.isEmpty());
        assertTrue(names.contains(".debug_info"));
        List<String> command = new ArrayList<>(List.of("objcopy"));
        for (String name : names) {
            command.add("--dump-section");
            command.add(name + "=" + name.substring(1) + ".bin");
        }
        command.add(plain.toString());
        command.add(plain + ".out");
        tools.run(command.toArray(String[]::new));
        for (String name : names) {
            byte[] expected = Files.readAllBytes(tools.dir().resolve(name.substring(1) + ".bin"));
            assertArrayEquals(expected, bytes(elf.data(name)), name);
        }
    }

    private static int indexOf(Map<Integer, String> sections, String name) {
        return sections.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow().getKey();
    }

    static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}

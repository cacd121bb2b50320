package kgraph.importer.elf;

import static kgraph.importer.elf.ElfCompressionTest.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file over 2 GiB cannot be one ByteBuffer. This moves .debug_info of a real executable so that it
 * straddles the 2 GiB mark and the section headers to after it, in a sparse file of about 2 GiB.
 */
class ElfLargeFileTest {

    private static final long E_SHOFF = 40;
    private static final int SH_OFFSET = 24;

    @TempDir
    Path tmp;

    @Test
    void readsSectionsBeyondTwoGibibytes() throws IOException {
        Toolchain tools = new Toolchain(tmp);
        Readelf readelf = new Readelf(tools);
        Path prog = tools.gcc("prog", "-g", "-O2", "main.c", "util.c");
        tools.run("objcopy", "--dump-section", ".debug_info=info.bin", "prog", "prog.out");
        byte[] expected = Files.readAllBytes(tmp.resolve("info.bin"));

        byte[] original = Files.readAllBytes(prog);
        long headers = readelf.headerNumber(prog, "Start of section headers");
        long headerSize = readelf.headerNumber(prog, "Size of section headers");
        long headerCount = readelf.headerNumber(prog, "Number of section headers");
        Map<Integer, String> names = readelf.sectionNames(prog);
        int index = names.entrySet().stream().filter(e -> e.getValue().equals(".debug_info")).findFirst()
                .orElseThrow().getKey();
        long infoOffset = readelf.sectionOffset(prog, ".debug_info");

        long movedInfo = (1L << 31) - 100;
        long movedHeaders = movedInfo + expected.length + 4096;
        byte[] table = Arrays.copyOfRange(original, (int) headers, (int) (headers + headerCount * headerSize));
        ByteBuffer.wrap(table).order(ByteOrder.LITTLE_ENDIAN).putLong((int) (index * headerSize + SH_OFFSET), movedInfo);
        ByteBuffer.wrap(original).order(ByteOrder.LITTLE_ENDIAN).putLong((int) E_SHOFF, movedHeaders);

        Path big = tmp.resolve("big.elf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write(original);
            file.seek(movedInfo);
            file.write(original, (int) infoOffset, expected.length);
            file.seek(movedHeaders);
            file.write(table);
        }
        ElfFile elf = ElfFile.open(big);
        assertEquals(movedHeaders + table.length, elf.size());
        assertEquals(movedInfo, elf.section(".debug_info").orElseThrow().offset());
        assertArrayEquals(expected, bytes(elf.data(".debug_info")));
        assertEquals(ElfSymbolsTest.readelfAll(tools, prog), elf.symbols().stream().map(ElfSymbolsTest::describe)
                .toList());
    }
}

package kgraph.importer.elf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken files made from real gcc output; every one must fail with an ElfFormatException naming the
 * file and an offset. Where a header field is changed, its place comes from readelf and the ELF64
 * layout (sh_offset at 24, sh_size at 32, sh_entsize at 56 of a section header).
 */
class ElfBadInputTest {

    private static final int SH_OFFSET = 24;
    private static final int SH_SIZE = 32;
    private static final int SH_ENTSIZE = 56;
    private static final int ELF64_CHDR_SIZE = 24;

    @TempDir
    static Path tmp;

    private static Toolchain tools;
    private static Readelf readelf;
    private static Path prog;
    private static Path zlibProg;
    private static Path object;

    @BeforeAll
    static void build() {
        tools = new Toolchain(tmp);
        readelf = new Readelf(tools);
        prog = tools.gcc("prog", "-g", "-O2", "main.c", "util.c");
        zlibProg = tools.gcc("zprog", "-g", "-O2", "-gz=zlib", "main.c", "util.c");
        object = tools.gcc("main.o", "-c", "-g", "-O2", "main.c");
    }

    static Stream<Arguments> damage() {
        return Stream.of(
                broken("empty", "empty file", () -> new byte[0]),
                broken("script", "not an ELF file: starts with 23 21 2f 62",
                        () -> "#!/bin/sh\necho not ELF\n".getBytes(StandardCharsets.US_ASCII)),
                broken("header-cut", "truncated ELF header", () -> Arrays.copyOf(read(prog), 40)),
                broken("class", "unsupported ELF class 9", () -> setByte(read(prog), 4, 9)),
                broken("byte-order", "unsupported byte order 0", () -> setByte(read(prog), 5, 0)),
                broken("section-headers-cut", "section header table runs past the end of the file", () -> {
                    long start = readelf.headerNumber(prog, "Start of section headers");
                    long size = readelf.headerNumber(prog, "Size of section headers");
                    return Arrays.copyOf(read(prog), (int) (start + 3 * size));
                }),
                broken("section-data-cut", "section .debug_info", () -> {
                    byte[] bytes = read(prog);
                    return setSectionField(prog, bytes, ".debug_info", SH_SIZE, bytes.length);
                }),
                broken("string-table-outside", "section .strtab", () -> {
                    byte[] bytes = read(prog);
                    return setSectionField(prog, bytes, ".strtab", SH_OFFSET, bytes.length + 4096L);
                }),
                broken("section-names-outside", "section name string table", () -> {
                    byte[] bytes = read(prog);
                    return setSectionField(prog, bytes, ".shstrtab", SH_OFFSET, bytes.length - 2L);
                }),
                broken("symbol-entry-size", "bad symbol table entry size 20",
                        () -> setSectionField(prog, read(prog), ".symtab", SH_ENTSIZE, 20)),
                broken("compression-type", "unknown compression type 119", () -> {
                    long at = readelf.sectionOffset(zlibProg, ".debug_info");
                    return setLittleEndian(read(zlibProg), at, 4, 119);
                }),
                broken("compression-header-cut", "compression header",
                        () -> setSectionField(zlibProg, read(zlibProg), ".debug_info", SH_SIZE, 10)),
                broken("compressed-data", "corrupt zlib data", () -> {
                    byte[] bytes = read(zlibProg);
                    long at = readelf.sectionOffset(zlibProg, ".debug_info") + ELF64_CHDR_SIZE + 8;
                    Arrays.fill(bytes, (int) at, (int) at + 32, (byte) 0x55);
                    return bytes;
                }),
                broken("relocation-outside", "lies outside .debug_info", () -> {
                    long at = readelf.sectionOffset(object, ".rela.debug_info");
                    return setLittleEndian(read(object), at, 8, 0x7fff0000L);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void failsWithTheFileAndAnOffset(String name, String expected, Supplier<byte[]> make) throws IOException {
        byte[] bytes = make.get();
        Path file = Files.write(tmp.resolve(name + ".elf"), bytes);
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> readEverything(ElfFile.open(file)));
        assertTrue(e.getMessage().startsWith(file + ": offset 0x"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());

        ElfFormatException fromBuffer = assertThrows(ElfFormatException.class,
                () -> readEverything(ElfFile.of("in-memory " + name, ByteBuffer.wrap(bytes))));
        assertTrue(fromBuffer.getMessage().startsWith("in-memory " + name + ": offset 0x"), fromBuffer.getMessage());
    }

    @Test
    void theUndamagedFilesReadWithoutError() {
        for (Path file : new Path[] {prog, zlibProg, object}) {
            readEverything(ElfFile.open(file));
        }
    }

    @Test
    void probesTheMagicWithoutMovingThePosition() {
        ByteBuffer head = ByteBuffer.wrap(Arrays.copyOf(read(prog), 16));
        assertTrue(ElfFile.isElf(head));
        assertTrue(head.position() == 0);
        assertFalse(ElfFile.isElf(ByteBuffer.wrap("#!/bin/sh".getBytes(StandardCharsets.US_ASCII))));
        assertFalse(ElfFile.isElf(ByteBuffer.allocate(0)));
        assertFalse(ElfFile.isElf(head.position(1)));
    }

    private static void readEverything(ElfFile elf) {
        elf.symbols();
        for (ElfSection section : elf.sections()) {
            if (section.name().startsWith(".debug") || section.name().startsWith(".zdebug")
                    || section.type() == ElfSection.SHT_STRTAB) {
                elf.data(section);
            }
        }
    }

    private static Arguments broken(String name, String expected, Supplier<byte[]> make) {
        return Arguments.of(name, expected, make);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] setByte(byte[] bytes, int at, int value) {
        bytes[at] = (byte) value;
        return bytes;
    }

    private static byte[] setSectionField(Path file, byte[] bytes, String section, int field, long value) {
        Map<Integer, String> names = readelf.sectionNames(file);
        int index = names.entrySet().stream().filter(e -> e.getValue().equals(section)).findFirst().orElseThrow()
                .getKey();
        long headers = readelf.headerNumber(file, "Start of section headers");
        long headerSize = readelf.headerNumber(file, "Size of section headers");
        return setLittleEndian(bytes, headers + index * headerSize + field, 8, value);
    }

    private static byte[] setLittleEndian(byte[] bytes, long at, int width, long value) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (width == 4) {
            buffer.putInt((int) at, (int) value);
        } else {
            buffer.putLong((int) at, value);
        }
        return bytes;
    }
}

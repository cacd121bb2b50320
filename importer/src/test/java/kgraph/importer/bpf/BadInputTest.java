package kgraph.importer.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import kgraph.importer.BadInputException;
import kgraph.importer.elf.ElfFile;
import kgraph.importer.elf.ElfSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs the reader must refuse with one line naming the file and where in it: files made by the
 * real tools (clang, llvm-objcopy) and then damaged the way real files are, cut short or not eBPF.
 */
class BadInputTest {

    @TempDir
    static Path dir;
    static BpfToolchain tools;
    static Path core;

    @BeforeAll
    static void build() {
        tools = new BpfToolchain(dir);
        core = tools.compile("core.bpf.c");
    }

    static Stream<Arguments> badObjects() {
        return Stream.of(
                bad("a text file", BadInputTest::textFile, "offset 0x0: not an ELF file"),
                bad("an empty file", d -> write("empty.o", new byte[0]), "offset 0x0: empty file"),
                bad("an x86-64 object", BadInputTest::x86Object, "offset 0x12: not an eBPF object (machine x86_64)"),
                bad("CO-RE records cut off", d -> withSection(".BTF.ext", 40),
                        "section .BTF.ext: offset 0x18: CO-RE relocations", "run past the end of the section (40 bytes)"),
                bad(".BTF.ext shorter than its header", d -> withSection(".BTF.ext", 6),
                        "section .BTF.ext: offset 0x0: truncated header: 6 bytes"),
                bad(".BTF cut off", d -> withSection(".BTF", 100), "section .BTF: offset 0x4:",
                        "run past the end of the blob (100 bytes)"),
                bad(".BTF.ext without .BTF", d -> objcopy("no-btf.o", "--remove-section", ".BTF",
                        "--remove-section", ".rel.BTF"), "section .BTF.ext: offset 0x0: the object has .BTF.ext but no .BTF"),
                bad("a bad access string", d -> badAccessString(), "section .BTF.ext: offset 0x",
                        "bad access string '0x"));
    }

    private static Arguments bad(String what, Function<Path, Path> make, String... fragments) {
        return Arguments.of(what, make, List.of(fragments));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badObjects")
    void isRefusedWithOneLineNamingFileAndPlace(String what, Function<Path, Path> make, List<String> fragments) {
        Path file = make.apply(dir);
        BadInputException error = assertThrows(BadInputException.class, () -> BpfObject.open(file));
        String message = error.getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith(file.toString() + ": "), message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "'" + fragment + "' not in: " + message);
        }
    }

    @Test
    void x86ObjectMessageIsExact() {
        Path file = x86Object(dir);
        assertEquals(file + ": offset 0x12: not an eBPF object (machine x86_64)",
                assertThrows(BadInputException.class, () -> BpfObject.open(file)).getMessage());
    }

    @Test
    void withoutBtfKfuncsStillComeFromTheCallsToUndefinedSymbols() {
        Path stripped = objcopy("no-btf-at-all.o", "--remove-section", ".BTF", "--remove-section", ".rel.BTF",
                "--remove-section", ".BTF.ext", "--remove-section", ".rel.BTF.ext");
        BpfDependencies full = BpfObject.open(core).dependencies();
        BpfDependencies bare = BpfObject.open(stripped).dependencies();
        assertEquals(names(full, DependencyKind.KFUNC), names(bare, DependencyKind.KFUNC));
        assertTrue(bare.ofKind(DependencyKind.STRUCT_FIELD).isEmpty());
        assertEquals(full.ofKind(DependencyKind.TRACEPOINT), bare.ofKind(DependencyKind.TRACEPOINT));
    }

    private static List<String> names(BpfDependencies dependencies, DependencyKind kind) {
        return dependencies.ofKind(kind).stream().map(d -> d.name() + " " + d.programs()).toList();
    }

    private static Path textFile(Path d) {
        return write("notes.o", "# not an object\n".getBytes(StandardCharsets.UTF_8));
    }

    private static Path x86Object(Path d) {
        Path source = tools.dir().resolve("plain.c");
        try {
            Files.writeString(source, "int answer(void) { return 42; }\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path object = tools.dir().resolve("plain.x86_64.o");
        tools.run("clang", "-target", "x86_64-linux-gnu", "-c", source.toString(), "-o", object.toString());
        return object;
    }

    /** The object with section {@code name} replaced by its first {@code keep} bytes, by llvm-objcopy. */
    private static Path withSection(String name, int keep) {
        Path dumped = tools.dir().resolve("section" + name + ".bin");
        tools.run("llvm-objcopy", "--dump-section", name + "=" + dumped, core.toString());
        try {
            byte[] all = Files.readAllBytes(dumped);
            Path cut = write("section" + name + "." + keep + ".bin", Arrays.copyOf(all, keep));
            Path out = tools.dir().resolve("cut" + name + "." + keep + ".o");
            tools.run("llvm-objcopy", "--update-section", name + "=" + cut, core.toString(), out.toString());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path objcopy(String output, String... options) {
        Path out = tools.dir().resolve(output);
        String[] command = Stream.concat(Stream.of("llvm-objcopy"),
                Stream.concat(Arrays.stream(options), Stream.of(core.toString(), out.toString()))).toArray(String[]::new);
        tools.run(command);
        return out;
    }

    /**
     * The object with one CO-RE access string of its .BTF string section spoiled: the first
     * {@code 0:N} string becomes {@code 0xN}, found through the section's own header.
     */
    private static Path badAccessString() {
        try {
            byte[] bytes = Files.readAllBytes(core);
            ElfSection btf = ElfFile.open(core).section(".BTF").orElseThrow();
            ByteBuffer header = ByteBuffer.wrap(bytes, (int) btf.offset(), 24).slice()
                    .order(ElfFile.open(core).byteOrder());
            int strings = (int) btf.offset() + header.getInt(4) + header.getInt(16);
            int end = strings + header.getInt(20);
            for (int at = strings + 1; at + 3 < end; at++) {
                if (bytes[at - 1] == 0 && bytes[at] == '0' && bytes[at + 1] == ':' && Character.isDigit(bytes[at + 2])) {
                    bytes[at + 1] = 'x';
                    return write("bad-access.o", bytes);
                }
            }
            throw new AssertionError("no access string in " + core);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, byte[] bytes) {
        try {
            return Files.write(tools.dir().resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

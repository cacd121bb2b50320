package kgraph.importer.elf;

import static kgraph.importer.elf.ElfCompressionTest.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElfRelocationTest {

    private static final Pattern INDIRECT_STRING =
            Pattern.compile("\\(indirect (?:line )?string, offset: (?:0x)?[0-9a-f]+\\): (.*)$");
    private static final Set<String> STRING_SECTIONS = Set.of(".debug_str", ".debug_line_str");

    @TempDir
    Path tmp;

    @Test
    void relocatedStringOffsetsOfAnObjectNameTheStringsReadelfPrints() {
        Toolchain tools = new Toolchain(tmp);
        Path object = tools.gcc("main.o", "-c", "-g", "-O2", "main.c");
        assertStringsMatchReadelf(tools, object, ".rela.debug_info");
    }

    @Test
    void appliesRelOfAnElf32Object() {
        Toolchain tools = new Toolchain(tmp);
        tools.copySources();
        Assumptions.assumeTrue(tools.succeeds("gcc", "-m32", "-c", "-g", "-O2", "main.c", "-o", "main32.o"),
                "gcc cannot build -m32 objects here");
        assertStringsMatchReadelf(tools, tmp.resolve("main32.o"), ".rel.debug_info");
    }

    @Test
    void relocatesCompressedSectionsAfterInflatingThem() {
        Toolchain tools = new Toolchain(tmp);
        Path object = tools.gcc("main.o", "-c", "-g", "-O2", "-gz=zlib", "main.c");
        assertTrue(ElfFile.open(object).section(".debug_info").orElseThrow().isCompressed());
        assertStringsMatchReadelf(tools, object, ".rela.debug_info");
    }

    @Test
    void emittedRelocationsLeaveTheDebugInfoOfAnExecutableAsLinked() {
        Toolchain tools = new Toolchain(tmp);
        Path prog = tools.gcc("prog", "-g", "-O2", "-Wl,--emit-relocs", "main.c", "util.c");
        Readelf readelf = new Readelf(tools);
        ElfFile elf = ElfFile.open(prog);
        List<String> debugSections = readelf.sectionNames(prog).values().stream()
                .filter(n -> n.startsWith(".debug_")).sorted().toList();
        int relocated = 0;
        for (String name : debugSections) {
            ElfSection section = elf.section(name).orElseThrow();
            List<Readelf.Relocation> relocations = readelf.relocations(prog, ".rela" + name);
            assertEquals(relocations.size(), elf.relocationsFor(section).stream()
                    .mapToLong(r -> r.size() / r.entsize()).sum(), name);
            relocated += relocations.size();
            assertArrayEquals(bytes(elf.rawData(section)), bytes(elf.data(name)), name);
        }
        assertTrue(relocated > 0, "the linker emitted no relocations for debug sections");
        ElfSection text = elf.section(".text").orElseThrow();
        assertFalse(readelf.relocations(prog, ".rela.text").isEmpty());
        assertTrue(elf.relocationsFor(text).isEmpty(), "loaded sections of a linked file are final");
        assertArrayEquals(bytes(elf.rawData(text)), bytes(elf.data(".text")));
    }

    @Test
    void refusesRelocationTypesItDoesNotApply() {
        Toolchain tools = new Toolchain(tmp);
        Path object = tools.gcc("main.o", "-c", "-g", "-O2", "main.c");
        Readelf.Relocation first = new Readelf(tools).relocations(object, ".rela.text").stream()
                .filter(r -> !Set.of("R_X86_64_64", "R_X86_64_32", "R_X86_64_32S", "R_X86_64_NONE").contains(r.type()))
                .findFirst().orElseThrow();
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> ElfFile.open(object).data(".text"));
        assertTrue(e.getMessage().startsWith(object + ": offset 0x"), e.getMessage());
        assertTrue(e.getMessage().contains(first.type()), e.getMessage());
        assertTrue(e.getMessage().contains(".rela.text"), e.getMessage());
        assertTrue(e.getMessage().contains("offset 0x" + Long.toHexString(first.offset()) + " of .text"),
                e.getMessage());
    }

    /**
     * readelf applies an object's relocations itself before it prints DW_FORM_strp and
     * DW_FORM_line_strp attributes, so the strings our relocated offsets point at must be
     * exactly the ones it prints. Unrelocated, nearly all those offsets are 0.
     */
    private static void assertStringsMatchReadelf(Toolchain tools, Path object, String relocationSection) {
        Set<String> printed = new TreeSet<>();
        for (String line : tools.run("readelf", "--debug-dump=info", object.toString())) {
            Matcher m = INDIRECT_STRING.matcher(line);
            if (m.find()) {
                printed.add(m.group(1).strip());
            }
        }
        assertTrue(printed.stream().anyMatch(s -> s.startsWith("GNU C")), "no DW_AT_producer in " + printed);
        assertTrue(printed.contains("main.c"), "no DW_AT_name in " + printed);

        ElfFile elf = ElfFile.open(object);
        ByteBuffer info = elf.data(".debug_info");
        List<Readelf.Relocation> relocations = new Readelf(tools).relocations(object, relocationSection).stream()
                .filter(r -> STRING_SECTIONS.contains(r.symbol())).toList();
        assertFalse(relocations.isEmpty(), "no relocations against string sections in " + relocationSection);
        Set<String> ours = new TreeSet<>();
        int nonZero = 0;
        for (Readelf.Relocation r : relocations) {
            int offset = info.getInt((int) r.offset());
            nonZero += offset != 0 ? 1 : 0;
            ours.add(stringAt(elf.data(r.symbol()), offset));
        }
        assertTrue(nonZero > relocations.size() / 2, "offsets look unrelocated");
        assertEquals(printed, ours);
    }

    private static String stringAt(ByteBuffer strings, int offset) {
        int end = offset;
        while (strings.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - offset];
        strings.get(offset, bytes);
        return new String(bytes, StandardCharsets.UTF_8).strip();
    }
}

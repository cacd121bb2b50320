package kgraph.importer.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElfSymbolsTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheSymbolsReadelfListsForAnExecutable() {
        Toolchain tools = new Toolchain(tmp);
        Path prog = tools.gcc("prog", "-g", "-O2", "main.c", "util.c");
        ElfFile elf = ElfFile.open(prog);
        assertEquals("ET_DYN", elf.type());
        assertEquals("x86_64", elf.machineName());

        List<String> expected = expectedFunctions(tools, prog);
        assertEquals(expected, functions(elf));
        assertEquals(2, expected.stream().filter(s -> s.startsWith("helper|")).count(), "two static helper()s");
        for (String clone : List.of(".isra.", ".constprop.", ".part.", ".cold|")) {
            assertTrue(expected.stream().anyMatch(s -> s.contains(clone)), "gcc made no " + clone + " clone");
        }
        assertEquals(readelfAll(tools, prog).size(), elf.symbols().size());
        assertFalse(elf.dynamicSymbols().isEmpty());
        assertEquals(new Readelf(tools).symbols(prog, ".dynsym").size(), elf.dynamicSymbols().size());
    }

    @Test
    void readsEverySymbolOfARelocatableObject() {
        Toolchain tools = new Toolchain(tmp);
        Path object = tools.gcc("main.o", "-c", "-g", "-O2", "main.c");
        ElfFile elf = ElfFile.open(object);
        assertEquals("ET_REL", elf.type());
        assertEquals(readelfAll(tools, object), all(elf));
        assertEquals(expectedFunctions(tools, object), functions(elf));
    }

    @Test
    void readsAnElf32Object() {
        Toolchain tools = new Toolchain(tmp);
        tools.copySources();
        Assumptions.assumeTrue(tools.succeeds("gcc", "-m32", "-c", "-g", "-O2", "main.c", "-o", "main32.o"),
                "gcc cannot build -m32 objects here");
        Path object = tmp.resolve("main32.o");
        ElfFile elf = ElfFile.open(object);
        assertFalse(elf.is64());
        assertEquals("i386", elf.machineName());
        assertEquals(readelfAll(tools, object), all(elf));
        assertEquals(expectedFunctions(tools, object), functions(elf));
    }

    @Test
    void aFileWithoutSymbolTableHasNoSymbols() {
        Toolchain tools = new Toolchain(tmp);
        Path prog = tools.gcc("prog", "-O2", "main.c", "util.c");
        tools.run("objcopy", "--strip-all", "prog", "stripped");
        ElfFile elf = ElfFile.open(tmp.resolve("stripped"));
        assertTrue(elf.section(".symtab").isEmpty());
        assertEquals(List.of(), elf.symbols());
        assertFalse(elf.dynamicSymbols().isEmpty());
    }

    private static List<String> expectedFunctions(Toolchain tools, Path file) {
        return readelfAll(tools, file).stream().filter(s -> s.contains("|FUNC|")).toList();
    }

    private static List<String> functions(ElfFile elf) {
        return elf.symbols().stream().filter(ElfSymbol::isFunction).map(ElfSymbolsTest::describe).toList();
    }

    private static List<String> all(ElfFile elf) {
        return elf.symbols().stream().map(ElfSymbolsTest::describe).toList();
    }

    /** Every .symtab entry as readelf prints it, one line each, with the section it names. */
    static List<String> readelfAll(Toolchain tools, Path file) {
        Readelf readelf = new Readelf(tools);
        Map<Integer, String> sections = readelf.sectionNames(file);
        return readelf.symbols(file, ".symtab").stream().map(s -> String.join("|", s.type().equals("SECTION")
                ? "" : s.name(), Long.toHexString(s.value()), Long.toString(s.size()), s.type(), s.bind(),
                s.visibility(), s.ndx(), s.ndx().matches("\\d+") ? sections.get(Integer.parseInt(s.ndx())) : "-"))
                .toList();
    }

    /** One of our symbols in the same notation as {@link #readelfAll}. */
    static String describe(ElfSymbol s) {
        String ndx = switch (s.sectionIndex()) {
            case 0 -> "UND";
            case 0xFFF1 -> "ABS";
            case 0xFFF2 -> "COM";
            default -> Integer.toString(s.sectionIndex());
        };
        String type = s.type().replace("STT_", "").replace("GNU_IFUNC", "IFUNC");
        return String.join("|", type.equals("SECTION") ? "" : s.name(), Long.toHexString(s.value()),
                Long.toString(s.size()), type, s.bind().replace("STB_", "").replace("GNU_UNIQUE", "UNIQUE"),
                s.visibility().replace("STV_", ""), ndx, s.section() == null ? "-" : s.section());
    }
}

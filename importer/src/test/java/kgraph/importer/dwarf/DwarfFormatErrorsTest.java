package kgraph.importer.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Damaged sections of a gcc-built binary each give one {@link DwarfFormatException} line. */
class DwarfFormatErrorsTest {

    /** The first unit's header in a 32-bit DWARF 5 {@code .debug_info}: its first DIE follows it. */
    private static final int FIRST_DIE = 12;

    @TempDir
    static Path temp;

    private static ObjcopySections sections;

    @BeforeAll
    static void build() throws Exception {
        Tools.requireAll();
        sections = ObjcopySections.dump(CFixture.build(temp.resolve("fixture"), "program", "-gdwarf-5"));
    }

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of("DIE with an abbreviation code not in the table", ".debug_info",
                        (UnaryOperator<byte[]>) info -> set(info, FIRST_DIE, 0x7e),
                        ".debug_info offset 0x" + Integer.toHexString(FIRST_DIE) + ": abbreviation code 126 is not in the table"),
                Arguments.of("DWARF version 6", ".debug_info",
                        (UnaryOperator<byte[]>) info -> set(info, 4, 6),
                        ".debug_info offset 0x0: unsupported DWARF version 6"),
                Arguments.of(".debug_info cut in the middle of the first unit", ".debug_info",
                        (UnaryOperator<byte[]>) info -> Arrays.copyOf(info, firstUnitLength(info) / 2),
                        ".debug_info offset 0x0: unit length"),
                Arguments.of("unknown form in the first abbreviation", ".debug_abbrev",
                        (UnaryOperator<byte[]>) abbrev -> set(abbrev, firstFormOffset(abbrev), 0x7f),
                        ".debug_abbrev offset 0x" + Integer.toHexString(firstFormOffset(sections.bytes(".debug_abbrev")) - 1)
                                + ": unknown form 0x7f"),
                Arguments.of("string offsets past the end of .debug_str (one NUL byte left)", ".debug_str",
                        (UnaryOperator<byte[]>) str -> new byte[1],
                        ".debug_info offset 0x"),
                Arguments.of("no .debug_abbrev", ".debug_abbrev",
                        (UnaryOperator<byte[]>) abbrev -> null,
                        ".debug_abbrev offset 0x0: the file has no .debug_abbrev section"));
    }

    @Test
    void splitDwarfSkeletonUnitsAreRejected() throws Exception {
        ObjcopySections split = ObjcopySections.dump(
                CFixture.build(temp.resolve("split"), "program", "-gdwarf-5 -gsplit-dwarf"));
        DwarfFormatException error = assertThrows(DwarfFormatException.class, () -> DwarfFunctionReader.read(split));
        assertEquals("program: .debug_info offset 0x0: unit type 0x4 belongs to split DWARF (.dwo files),"
                + " which is not supported", error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void damageIsReportedWithSectionAndOffset(String damage, String section, UnaryOperator<byte[]> change,
            String expected) {
        ObjcopySections damaged = sections.with(section, change);
        DwarfFormatException error = assertThrows(DwarfFormatException.class, () -> DwarfFunctionReader.read(damaged));
        String message = error.getMessage();
        assertTrue(message.startsWith("program: "), message);
        assertTrue(message.contains(expected), message);
        if (section.equals(".debug_str")) {
            assertTrue(message.matches(".*: string offset 0x[0-9a-f]+ is out of range of \\.debug_str \\(0x1 bytes\\)"), message);
        }
        assertEquals(1, message.lines().count(), message);
    }

    private static byte[] set(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        return bytes;
    }

    private static int firstUnitLength(byte[] info) {
        return ByteBuffer.wrap(info).order(ByteOrder.LITTLE_ENDIAN).getInt(0) + 4;
    }

    /**
     * Offset of the form of the first (attribute, form) pair of the first abbreviation: after
     * the code, the tag and the children byte, and the attribute, each a ULEB128 but the byte.
     */
    private static int firstFormOffset(byte[] abbrev) {
        int at = skipUleb(abbrev, 0);
        at = skipUleb(abbrev, at);
        at++;
        at = skipUleb(abbrev, at);
        if ((abbrev[at] & 0x80) != 0) {
            throw new IllegalStateException("the first form does not fit in one byte");
        }
        return at;
    }

    private static int skipUleb(byte[] bytes, int at) {
        while ((bytes[at] & 0x80) != 0) {
            at++;
        }
        return at + 1;
    }
}

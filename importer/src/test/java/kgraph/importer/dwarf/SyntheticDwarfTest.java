package kgraph.importer.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A DWARF 5 unit built byte by byte with the forms gcc never emits outside split DWARF:
 * strx1/2/4, strx, addrx1 (with DW_AT_str_offsets_base and DW_AT_addr_base), implicit_const,
 * indirect (naming data16 and rnglistx), ref_udata, exprloc and block4.
 */
class SyntheticDwarfTest {

    private static final int TAG_COMPILE_UNIT = 0x11;
    private static final int TAG_SUBPROGRAM = 0x2e;
    private static final int TAG_CALL_SITE = 0x48;

    @Test
    void indexedStringsAndAddressesAndRareFormsAreRead() {
        Bytes str = new Bytes().cString("").cString("unit.c").cString("/src").cString("caller").cString("callee");
        Bytes strOffsets = new Bytes().u32(2 + 2 + 4 * 4).u16(5).u16(0).u32(1).u32(8).u32(13).u32(20);
        Bytes addr = new Bytes().u32(2 + 1 + 1 + 2 * 8).u16(5).u8(8).u8(0).u64(0x1000).u64(0xffffffff81002000L);
        Bytes abbrev = new Bytes()
                .uleb(1).uleb(TAG_COMPILE_UNIT).u8(1)
                .uleb(0x03).uleb(0x25).uleb(0x1b).uleb(0x1a).uleb(0x13).uleb(0x05)
                .uleb(0x72).uleb(0x17).uleb(0x73).uleb(0x17).uleb(0x25).uleb(0x16).uleb(0).uleb(0)
                .uleb(2).uleb(TAG_SUBPROGRAM).u8(1)
                .uleb(0x03).uleb(0x26).uleb(0x3f).uleb(0x19).uleb(0x11).uleb(0x29)
                .uleb(0x20).uleb(0x21).sleb(0).uleb(0x40).uleb(0x18).uleb(0x2007).uleb(0x04).uleb(0).uleb(0)
                .uleb(3).uleb(TAG_SUBPROGRAM).u8(0)
                .uleb(0x03).uleb(0x28).uleb(0x3f).uleb(0x19).uleb(0x3c).uleb(0x19).uleb(0).uleb(0)
                .uleb(4).uleb(TAG_CALL_SITE).u8(0)
                .uleb(0x7f).uleb(0x15).uleb(0x82).uleb(0x19).uleb(0x55).uleb(0x16).uleb(0).uleb(0)
                .uleb(0);
        Bytes dies = new Bytes()
                .uleb(1).u8(0).uleb(1).u16(0x1d).u32(8).u32(8).uleb(0x1e).zeros(16);
        int calleeOffset = 12 + dies.size();
        dies.uleb(3).u32(3)
                .uleb(2).u16(2).u8(1).uleb(1).u8(0x9c).u32(3).zeros(3)
                .uleb(4).uleb(calleeOffset).uleb(0x23).uleb(0)
                .u8(0)
                .u8(0);
        Bytes info = new Bytes().u32(8 + dies.size()).u16(5).u8(1).u8(8).u32(0).append(dies);

        DwarfFunctions read = DwarfFunctionReader.read(sections(Map.of(".debug_info", info, ".debug_abbrev", abbrev,
                ".debug_str", str, ".debug_str_offsets", strOffsets, ".debug_addr", addr)));

        assertEquals(List.of(
                new DwarfFunction("callee", true, null, null, "not seen", 0, List.of(), List.of("unit.c:caller"),
                        List.of("unit.c:caller")),
                new DwarfFunction("caller", true, "unit.c", "unit.c", "not declared, not inlined", 0xffffffff81002000L,
                        List.of(), List.of(), List.of())), read.functions());
        assertEquals(List.of(1, 2L, 0L, 1L), List.of(read.compileUnits(), read.subprogramDies(),
                read.inlinedSubroutineDies(), read.callSiteDies()));
    }

    private static DebugSections sections(Map<String, Bytes> sections) {
        return new DebugSections() {
            @Override
            public ByteBuffer section(String name) {
                Bytes bytes = sections.get(name);
                return bytes == null ? null : ByteBuffer.wrap(bytes.toArray()).order(ByteOrder.LITTLE_ENDIAN);
            }

            @Override
            public ByteOrder byteOrder() {
                return ByteOrder.LITTLE_ENDIAN;
            }

            @Override
            public String source() {
                return "synthetic";
            }
        };
    }

    /** Little-endian section contents. */
    private static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes u8(int value) {
            out.write(value);
            return this;
        }

        Bytes u16(int value) {
            return u8(value).u8(value >>> 8);
        }

        Bytes u32(long value) {
            return u16((int) value).u16((int) (value >>> 16));
        }

        Bytes u64(long value) {
            return u32(value).u32(value >>> 32);
        }

        Bytes uleb(long value) {
            do {
                int low = (int) (value & 0x7f);
                value >>>= 7;
                u8(value != 0 ? low | 0x80 : low);
            } while (value != 0);
            return this;
        }

        Bytes sleb(long value) {
            while (true) {
                int low = (int) (value & 0x7f);
                value >>= 7;
                boolean done = (value == 0 && (low & 0x40) == 0) || (value == -1 && (low & 0x40) != 0);
                u8(done ? low : low | 0x80);
                if (done) {
                    return this;
                }
            }
        }

        Bytes cString(String value) {
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            return u8(0);
        }

        Bytes zeros(int count) {
            out.writeBytes(new byte[count]);
            return this;
        }

        Bytes append(Bytes other) {
            out.writeBytes(other.toArray());
            return this;
        }

        int size() {
            return out.size();
        }

        byte[] toArray() {
            return out.toByteArray();
        }
    }
}

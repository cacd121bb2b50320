package kgraph.importer.bpf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an object's {@code .BTF} that {@code BtfReader} does not keep: the string section
 * (which {@code .BTF.ext} names sections and access strings by), the variables listed in each
 * DATASEC and the linkage of VAR types. It relies on {@code BtfReader} having validated the blob.
 */
final class RawBtf {

    private static final int KIND_INT = 1;
    private static final int KIND_ARRAY = 3;
    private static final int KIND_STRUCT = 4;
    private static final int KIND_UNION = 5;
    private static final int KIND_ENUM = 6;
    private static final int KIND_FUNC_PROTO = 13;
    private static final int KIND_VAR = 14;
    private static final int KIND_DATASEC = 15;
    private static final int KIND_DECL_TAG = 17;
    private static final int KIND_ENUM64 = 19;

    static final int LINKAGE_EXTERN = 2;

    private final String where;
    private final ByteBuffer blob;
    private final int stringStart;
    private final int stringLength;
    private final Map<String, List<Integer>> dataSections = new LinkedHashMap<>();
    private final Map<Integer, Integer> variableLinkage = new HashMap<>();

    private RawBtf(String where, ByteBuffer blob) {
        this.where = where;
        this.blob = blob;
        int headerLength = blob.getInt(4);
        this.stringStart = headerLength + blob.getInt(16);
        this.stringLength = blob.getInt(20);
        walkTypes(headerLength + blob.getInt(8), blob.getInt(12));
    }

    /** {@code blob} must already have been read by {@code BtfReader}, which checks its header and types. */
    static RawBtf of(String where, ByteBuffer blob) {
        ByteBuffer copy = blob.slice().order(ByteOrder.LITTLE_ENDIAN);
        if ((copy.getShort(0) & 0xFFFF) != 0xEB9F) {
            copy.order(ByteOrder.BIG_ENDIAN);
        }
        return new RawBtf(where, copy);
    }

    ByteOrder order() {
        return blob.order();
    }

    /** The NUL-terminated string at {@code offset} of the string section. */
    String string(long offset, String what, String referrer, long referrerOffset) {
        if (offset < 0 || offset >= stringLength) {
            throw BpfFormatException.at(referrer, referrerOffset, what + " names string offset " + offset
                    + ", past the end of the .BTF string section (" + stringLength + " bytes)");
        }
        int start = stringStart + (int) offset;
        int end = start;
        int limit = stringStart + stringLength;
        while (end < limit && blob.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - start];
        blob.get(start, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The type ids of the variables and functions a DATASEC of that name lists, or an empty list. */
    List<Integer> dataSection(String name) {
        return dataSections.getOrDefault(name, List.of());
    }

    /** The linkage of a VAR type (0 static, 1 global, 2 extern), or -1 when {@code id} is no VAR. */
    int variableLinkage(int id) {
        return variableLinkage.getOrDefault(id, -1);
    }

    private void walkTypes(int start, int length) {
        int at = start;
        int end = start + length;
        int id = 1;
        while (at < end) {
            int nameOffset = blob.getInt(at);
            int info = blob.getInt(at + 4);
            int kind = (info >>> 24) & 0x1F;
            int vlen = info & 0xFFFF;
            int extra = at + 12;
            switch (kind) {
                case KIND_VAR -> variableLinkage.put(id, blob.getInt(extra));
                case KIND_DATASEC -> {
                    List<Integer> members = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++) {
                        members.add(blob.getInt(extra + 12 * i));
                    }
                    dataSections.putIfAbsent(string(Integer.toUnsignedLong(nameOffset), "DATASEC " + id, where, at),
                            members);
                }
                default -> { }
            }
            at = extra + extraBytes(kind, vlen);
            id++;
        }
    }

    private static int extraBytes(int kind, int vlen) {
        return switch (kind) {
            case KIND_INT, KIND_VAR, KIND_DECL_TAG -> 4;
            case KIND_ARRAY -> 12;
            case KIND_STRUCT, KIND_UNION, KIND_DATASEC, KIND_ENUM64 -> 12 * vlen;
            case KIND_ENUM, KIND_FUNC_PROTO -> 8 * vlen;
            default -> 0;
        };
    }
}

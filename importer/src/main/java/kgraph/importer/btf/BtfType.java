package kgraph.importer.btf;

import java.util.List;

/**
 * One BTF type. {@code type} is the referenced type id (pointee, typedef target, return type,
 * array element) or 0 for void; {@code size} is the byte size where the kind has one;
 * {@code members} holds struct/union members, function parameters, enum values, or the
 * variables and functions a DATASEC lists.
 */
public record BtfType(int id, BtfKind kind, String name, int type, long size, boolean kindFlag, int vlen,
                      List<Member> members, long arrayLength) {

    /**
     * A struct or union member ({@code offset} in bits, {@code bitfieldSize} 0 unless a bit
     * field), a function parameter, an enum value ({@code value}), or a DATASEC entry
     * ({@code type} the VAR or FUNC, {@code offset} in bytes, {@code value} its size).
     */
    public record Member(String name, int type, long offset, int bitfieldSize, long value) {
    }

    public boolean isAnonymous() {
        return name.isEmpty();
    }
}

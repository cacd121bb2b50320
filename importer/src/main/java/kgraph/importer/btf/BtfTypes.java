package kgraph.importer.btf;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** All types of a BTF blob, by id; a split blob sees its base's types under their own ids. */
public final class BtfTypes {

    private final BtfTypes base;
    private final int firstId;
    private final List<BtfType> types;
    private final BtfStrings strings;
    private final ByteOrder byteOrder;

    BtfTypes(BtfTypes base, int firstId, List<BtfType> types, BtfStrings strings, ByteOrder byteOrder) {
        this.base = base;
        this.firstId = firstId;
        this.types = types;
        this.strings = strings;
        this.byteOrder = byteOrder;
    }

    /** The byte order the blob was written in. */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /**
     * The string at {@code offset} of the string section (the base's first, for split BTF), as
     * {@code .BTF.ext} names sections and access strings; an offset outside it is refused.
     */
    public String string(int offset) {
        return strings.at(offset);
    }

    /** The highest type id, i.e. the number of types including the base's. */
    public int size() {
        return firstId - 1 + types.size();
    }

    /** The type with this id; id 0 is void and has no entry. */
    public BtfType get(int id) {
        if (id < firstId) {
            if (base == null) {
                throw new IllegalArgumentException("no BTF type " + id);
            }
            return base.get(id);
        }
        if (id - firstId >= types.size()) {
            throw new IllegalArgumentException("no BTF type " + id + " (last is " + size() + ")");
        }
        return types.get(id - firstId);
    }

    /** This blob's own types, without the base's. */
    public List<BtfType> own() {
        return types;
    }

    public List<BtfType> ofKind(BtfKind kind) {
        List<BtfType> found = new ArrayList<>();
        for (BtfType type : types) {
            if (type.kind() == kind) {
                found.add(type);
            }
        }
        return found;
    }

    BtfStrings strings() {
        return strings;
    }
}

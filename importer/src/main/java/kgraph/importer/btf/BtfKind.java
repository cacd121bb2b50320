package kgraph.importer.btf;

/** BTF type kinds, numbered as in {@code include/uapi/linux/btf.h}. */
public enum BtfKind {
    UNKNOWN, INT, PTR, ARRAY, STRUCT, UNION, ENUM, FWD, TYPEDEF, VOLATILE, CONST, RESTRICT, FUNC, FUNC_PROTO,
    VAR, DATASEC, FLOAT, DECL_TAG, TYPE_TAG, ENUM64;

    static BtfKind of(int number) {
        BtfKind[] kinds = values();
        return number > 0 && number < kinds.length ? kinds[number] : null;
    }
}

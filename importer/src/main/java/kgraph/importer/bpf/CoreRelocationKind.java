package kgraph.importer.bpf;

/** The kinds of a {@code bpf_core_relo} record, numbered as in the kernel's {@code enum bpf_core_relo_kind}. */
public enum CoreRelocationKind {
    FIELD_BYTE_OFFSET, FIELD_BYTE_SIZE, FIELD_EXISTS, FIELD_SIGNED, FIELD_LSHIFT_U64, FIELD_RSHIFT_U64,
    TYPE_ID_LOCAL, TYPE_ID_TARGET, TYPE_EXISTS, TYPE_SIZE, ENUMVAL_EXISTS, ENUMVAL_VALUE, TYPE_MATCHES;

    static CoreRelocationKind of(int number) {
        CoreRelocationKind[] kinds = values();
        return number >= 0 && number < kinds.length ? kinds[number] : null;
    }

    /** Whether the access string walks into a struct or union: the FIELD_* kinds. */
    public boolean isField() {
        return ordinal() <= FIELD_RSHIFT_U64.ordinal();
    }

    public boolean isEnumValue() {
        return this == ENUMVAL_EXISTS || this == ENUMVAL_VALUE;
    }
}

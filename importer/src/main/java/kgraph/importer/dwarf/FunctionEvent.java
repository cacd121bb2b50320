package kgraph.importer.dwarf;

/**
 * One thing a unit's walk found out about a function entry, replayed later in unit order so
 * parallel walks give the result of a sequential one.
 */
record FunctionEvent(
        Kind kind,
        FunctionKey key,
        boolean external,
        String caller,
        long pc,
        int inline,
        String loc,
        String file,
        boolean tailCall) {

    enum Kind {
        /** An out-of-line copy of the entry's (abstract) function; gives only an address. */
        CONCRETE_COPY,
        /** A declaration only. */
        DECLARATION,
        /** The function's own definition. */
        DEFINITION,
        /** The function was inlined at {@code caller}. */
        INLINED,
        /** {@code caller} calls the function. */
        CALL
    }

    static FunctionEvent concreteCopy(FunctionKey key, boolean external, long pc) {
        return new FunctionEvent(Kind.CONCRETE_COPY, key, external, null, pc, -1, null, null, false);
    }

    static FunctionEvent declaration(FunctionKey key, boolean external) {
        return new FunctionEvent(Kind.DECLARATION, key, external, null, 0, -1, null, null, false);
    }

    static FunctionEvent definition(FunctionKey key, boolean external, int inline, String loc, String file, long pc) {
        return new FunctionEvent(Kind.DEFINITION, key, external, null, pc, inline, loc, file, false);
    }

    static FunctionEvent inlined(FunctionKey key, boolean external, String caller, long pc) {
        return new FunctionEvent(Kind.INLINED, key, external, caller, pc, -1, null, null, false);
    }

    static FunctionEvent call(FunctionKey key, boolean external, String caller, boolean tailCall) {
        return new FunctionEvent(Kind.CALL, key, external, caller, 0, -1, null, null, tailCall);
    }
}

package kgraph.queries.diff;

import java.util.List;

/**
 * A struct or union as DepSurf compares it: {@code kind} is "STRUCT" or "UNION"; the fields are
 * in declaration order, with the members of anonymous nested structs and unions lifted into
 * the outer one (their offsets made absolute), and other unnamed members called "(anon)",
 * "(anon-1)", ….
 */
public record StructShape(String name, String kind, List<Field> fields) {

    /**
     * One field: its bit offset from the start of the outer struct, the canonical signature of
     * its type (compared) and its C declaration with the name, e.g. {@code unsigned int flags:3}
     * (shown).
     */
    public record Field(String name, long bitsOffset, String signature, String declaration) {

        /** The declaration with its position, e.g. {@code int prio (bit 128)}. */
        public String located() {
            return declaration + " (bit " + bitsOffset + ")";
        }
    }
}

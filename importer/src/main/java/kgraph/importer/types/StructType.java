package kgraph.importer.types;

import java.util.List;
import kgraph.queries.diff.StructShape;

/**
 * A struct or union of one image, as DepSurf records it: {@code kind} is "STRUCT" or "UNION",
 * {@code size} in bytes. Members of anonymous nested structs and unions are lifted into the
 * outer one with absolute offsets; other unnamed members are called "(anon)", "(anon-1)", ….
 */
public record StructType(String name, String kind, long size, List<Field> fields) {

    /**
     * One field: {@code bitsOffset} from the start of the outer struct, {@code bitfieldSize} 0
     * unless a bit field, {@code declaration} its C declaration with the name (shown), e.g.
     * {@code void (*func)(struct callback_head *)}, {@code signature} the canonical text of its
     * type (compared; see {@link kgraph.importer.btf.TypeSignatures}).
     */
    public record Field(String name, long bitsOffset, int bitfieldSize, String declaration, String signature) {
    }

    /** The plain form the diff classes compare. */
    public StructShape toShape() {
        return new StructShape(name, kind, fields.stream()
                .map(f -> new StructShape.Field(f.name(), f.bitsOffset(), f.signature(), f.declaration()))
                .toList());
    }
}

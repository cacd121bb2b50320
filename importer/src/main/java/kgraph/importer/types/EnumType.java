package kgraph.importer.types;

import java.util.List;
import kgraph.queries.diff.EnumShape;

/**
 * An enum of one image: {@code size} in bytes, values in order. As in DepSurf, every value is
 * read as a signed number of the enum's size (an unsigned 4-byte 0xffffffff is -1).
 */
public record EnumType(String name, long size, List<Value> values) {

    public record Value(String name, long value) {
    }

    /** The plain form the diff classes compare. */
    public EnumShape toShape() {
        return new EnumShape(name, values.stream().map(v -> new EnumShape.Value(v.name(), v.value())).toList());
    }
}

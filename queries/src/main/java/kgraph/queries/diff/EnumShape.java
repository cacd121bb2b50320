package kgraph.queries.diff;

import java.util.List;

/** An enum as DepSurf compares it: its values in order, each read as a signed number of the enum's size. */
public record EnumShape(String name, List<Value> values) {

    public record Value(String name, long value) {

        /** {@code NAME = 3}, as DepSurf prints a value. */
        public String text() {
            return name + " = " + value;
        }
    }
}

package kgraph.importer.types;

import kgraph.importer.btf.Prototype;
import kgraph.queries.diff.TracepointShape;

/**
 * A tracepoint of one image: its event name, the event class that defines its layout, the
 * class's event struct ({@code trace_event_raw_<class>}) and the class's handler prototype
 * ({@code trace_event_raw_event_<class>}). {@code className}, {@code struct} and {@code func} are
 * null where they could not be determined (see {@link BtfTracepoints}).
 */
public record Tracepoint(String event, String className, StructType struct, Prototype func) {

    /** The plain form the diff classes compare. */
    public TracepointShape toShape() {
        return new TracepointShape(event, className, struct == null ? null : struct.toShape(),
                func == null ? null : Prototypes.toSignature(func));
    }
}

package kgraph.queries.diff;

/**
 * A tracepoint as DepSurf compares it: the event's struct ({@code trace_event_raw_<class>}, what
 * a {@code tp} program reads) and its handler's prototype ({@code trace_event_raw_event_<class>},
 * whose parameters after {@code __data} are what a {@code tp_btf}/{@code raw_tp} program gets).
 * Either may be null where it is not known.
 */
public record TracepointShape(String event, String className, StructShape struct, Signature func) {
}

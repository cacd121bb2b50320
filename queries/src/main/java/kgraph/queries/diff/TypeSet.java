package kgraph.queries.diff;

import java.util.Map;

/**
 * Everything of one image that {@link TypeSetDiff} compares, each map keyed by name: structs and
 * unions, enums, tracepoints by event name, LSM hooks by hook name (without {@code security_}),
 * kfuncs, and syscalls (name to number, -1 where the number is unknown).
 */
public record TypeSet(Map<String, StructShape> structs, Map<String, StructShape> unions,
                      Map<String, EnumShape> enums, Map<String, TracepointShape> tracepoints,
                      Map<String, Signature> lsmHooks, Map<String, Signature> kfuncs,
                      Map<String, Integer> syscalls) {
}

package kgraph.importer.types;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.btf.Prototype;
import kgraph.queries.diff.EnumShape;
import kgraph.queries.diff.Signature;
import kgraph.queries.diff.StructShape;
import kgraph.queries.diff.TracepointShape;
import kgraph.queries.diff.TypeSet;

/**
 * One image's types and hooks, each map keyed by name: structs and unions (separately, as a
 * struct and a union may share a name), enums, tracepoints by event name, LSM hooks by hook name,
 * kfuncs, and syscalls (name to number, -1 where the number is unknown). A kind the source does
 * not provide is an empty map.
 */
public record KernelTypes(Map<String, StructType> structs, Map<String, StructType> unions,
                          Map<String, EnumType> enums, Map<String, Tracepoint> tracepoints,
                          Map<String, LsmHook> lsmHooks, Map<String, Prototype> kfuncs,
                          Map<String, Integer> syscalls) {

    /** Everything a BTF blob shows; see {@link BtfKernelTypes} for what each kind is made of. */
    public static KernelTypes fromBtf(BtfTypes types) {
        return BtfKernelTypes.read(types);
    }

    /**
     * Everything DepSurf's dataset at {@code dataset} holds for {@code image} (e.g.
     * "5.4.0-26-generic-amd64"); see {@link DepsurfKernelTypes} for the files read.
     *
     * @throws kgraph.importer.depsurf.DatasetException naming file and line of bad input
     */
    public static KernelTypes fromDepsurf(Path dataset, String image) {
        return DepsurfKernelTypes.read(dataset, image);
    }

    /** These types with the kfuncs replaced, e.g. by {@link Kfuncs#fromSymbols} for an image whose ELF symbols are known. */
    public KernelTypes withKfuncs(Map<String, Prototype> kfuncs) {
        return new KernelTypes(structs, unions, enums, tracepoints, lsmHooks, Map.copyOf(kfuncs), syscalls);
    }

    /** The plain form {@link kgraph.queries.diff.TypeSetDiff} compares; hooks without a prototype are left out of the LSM hooks. */
    public TypeSet toTypeSet() {
        Map<String, Signature> hooks = new LinkedHashMap<>();
        lsmHooks.forEach((name, hook) -> {
            if (hook.prototype() != null) {
                hooks.put(name, Prototypes.toSignature(hook.prototype()));
            }
        });
        Map<String, Signature> kfuncSignatures = new LinkedHashMap<>();
        kfuncs.forEach((name, prototype) -> kfuncSignatures.put(name, Prototypes.toSignature(prototype)));
        return new TypeSet(shapes(structs), shapes(unions), enumShapes(), tracepointShapes(), hooks,
                kfuncSignatures, syscalls);
    }

    private static Map<String, StructShape> shapes(Map<String, StructType> types) {
        Map<String, StructShape> shapes = new LinkedHashMap<>();
        types.forEach((name, type) -> shapes.put(name, type.toShape()));
        return shapes;
    }

    private Map<String, EnumShape> enumShapes() {
        Map<String, EnumShape> shapes = new LinkedHashMap<>();
        enums.forEach((name, type) -> shapes.put(name, type.toShape()));
        return shapes;
    }

    private Map<String, TracepointShape> tracepointShapes() {
        Map<String, TracepointShape> shapes = new LinkedHashMap<>();
        tracepoints.forEach((name, tracepoint) -> shapes.put(name, tracepoint.toShape()));
        return shapes;
    }
}

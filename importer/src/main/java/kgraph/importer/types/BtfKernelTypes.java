package kgraph.importer.types;

import java.util.LinkedHashMap;
import java.util.Map;
import kgraph.importer.btf.BtfKind;
import kgraph.importer.btf.BtfType;
import kgraph.importer.btf.BtfTypes;

/**
 * Reads {@link KernelTypes} from BTF: named structs and unions ({@link BtfStructs}), enums
 * ({@link BtfEnums}), tracepoints ({@link BtfTracepoints}), LSM hooks ({@link BtfLsmHooks}),
 * kfuncs tagged {@code bpf_kfunc} ({@link Kfuncs}) and syscall names ({@link BtfSyscalls}).
 */
final class BtfKernelTypes {

    private BtfKernelTypes() {
    }

    static KernelTypes read(BtfTypes types) {
        BtfIndex index = new BtfIndex(types);
        Texts texts = new Texts();
        BtfStructs structs = new BtfStructs(types, texts);
        BtfFunctions functions = new BtfFunctions(types);
        Map<String, StructType> structTypes = new LinkedHashMap<>();
        Map<String, StructType> unionTypes = new LinkedHashMap<>();
        for (BtfType record : index.records) {
            (record.kind() == BtfKind.STRUCT ? structTypes : unionTypes)
                    .put(record.name(), structs.of(record));
        }
        return new KernelTypes(structTypes, unionTypes, BtfEnums.of(index.enums),
                new BtfTracepoints(index, structs, functions).all(), BtfLsmHooks.of(index, functions),
                Kfuncs.fromTags(index, functions), BtfSyscalls.of(index));
    }
}

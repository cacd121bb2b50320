package kgraph.importer.btf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kgraph.importer.btf.BtfType.Member;

/** The function prototypes of a BTF blob, one per name (the first, where a name repeats). */
public final class FunctionPrototypes {

    private FunctionPrototypes() {
    }

    public static Map<String, Prototype> of(BtfTypes types) {
        CDeclarations c = new CDeclarations(types);
        TypeSignatures signatures = new TypeSignatures(types);
        Map<String, Prototype> prototypes = new LinkedHashMap<>();
        for (BtfType func : types.ofKind(BtfKind.FUNC)) {
            if (prototypes.containsKey(func.name())) {
                continue;
            }
            BtfType proto = types.get(func.type());
            List<Prototype.Param> params = new ArrayList<>();
            for (Member param : proto.members()) {
                params.add(new Prototype.Param(param.name(), signatures.of(param.type()),
                        c.declare(param.type(), param.name()).strip()));
            }
            prototypes.put(func.name(), new Prototype(func.name(), c.prototype(func),
                    signatures.of(proto.type()), c.type(proto.type()), params));
        }
        return prototypes;
    }
}

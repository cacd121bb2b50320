package kgraph.importer.types;

import java.util.ArrayList;
import java.util.List;
import kgraph.importer.btf.BtfType;
import kgraph.importer.btf.BtfType.Member;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.btf.CDeclarations;
import kgraph.importer.btf.Prototype;
import kgraph.importer.btf.TypeSignatures;

/** Builds {@link Prototype}s from BTF function prototypes, written and signed as {@code FunctionPrototypes} does. */
final class BtfFunctions {

    private final BtfTypes types;
    private final CDeclarations c;
    private final TypeSignatures signatures;

    BtfFunctions(BtfTypes types) {
        this.types = types;
        this.c = new CDeclarations(types);
        this.signatures = new TypeSignatures(types);
    }

    /** The prototype of a FUNC, under its own name and parameter names. */
    Prototype of(BtfType func) {
        BtfType proto = types.get(func.type());
        return of(func.name(), proto, proto.members().stream().map(Member::name).toList());
    }

    /** A FUNC_PROTO declared as {@code name}, its parameters called {@code paramNames}. */
    Prototype of(String name, BtfType proto, List<String> paramNames) {
        List<Prototype.Param> params = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < proto.members().size(); i++) {
            Member param = proto.members().get(i);
            String paramName = paramNames.get(i);
            String declaration = c.declare(param.type(), paramName).strip();
            params.add(new Prototype.Param(paramName, signatures.of(param.type()), declaration));
            declared.add(param.type() == 0 && paramName.isEmpty() ? "..." : declaration);
        }
        String list = declared.isEmpty() ? "void" : String.join(", ", declared);
        return new Prototype(name, c.declare(proto.type(), name + "(" + list + ")") + ";",
                signatures.of(proto.type()), c.type(proto.type()), params);
    }
}

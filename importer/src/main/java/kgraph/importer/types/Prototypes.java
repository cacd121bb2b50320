package kgraph.importer.types;

import kgraph.importer.btf.Prototype;
import kgraph.queries.diff.Signature;

/** Converts the importer's prototypes to the plain signatures the diff classes compare. */
public final class Prototypes {

    private Prototypes() {
    }

    public static Signature toSignature(Prototype prototype) {
        return new Signature(prototype.name(), prototype.declaration(), prototype.returnSignature(),
                prototype.returnC(), prototype.params().stream()
                        .map(p -> new Signature.Param(p.name(), p.signature(), p.declaration())).toList());
    }
}

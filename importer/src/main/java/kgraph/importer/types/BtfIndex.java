package kgraph.importer.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kgraph.importer.btf.BtfKind;
import kgraph.importer.btf.BtfType;
import kgraph.importer.btf.BtfTypes;

/**
 * Named BTF types by kind and name, the first of each name (by id) winning as in DepSurf's
 * normaliser; a split blob's base types are included.
 */
final class BtfIndex {

    final BtfTypes types;
    final Map<String, BtfType> structs = new HashMap<>();
    final Map<String, BtfType> unions = new HashMap<>();
    final Map<String, BtfType> funcs = new HashMap<>();
    final Map<String, BtfType> typedefs = new HashMap<>();
    final List<BtfType> enums = new ArrayList<>();
    final List<BtfType> declTags = new ArrayList<>();
    /** Named structs and unions in id order. */
    final List<BtfType> records = new ArrayList<>();

    BtfIndex(BtfTypes types) {
        this.types = types;
        for (int id = 1; id <= types.size(); id++) {
            BtfType type = types.get(id);
            switch (type.kind()) {
                case STRUCT -> add(structs, type);
                case UNION -> add(unions, type);
                case FUNC -> add(funcs, type);
                case TYPEDEF -> add(typedefs, type);
                case ENUM, ENUM64 -> enums.add(type);
                case DECL_TAG -> declTags.add(type);
                default -> { }
            }
        }
    }

    private void add(Map<String, BtfType> byName, BtfType type) {
        if (!type.isAnonymous() && byName.putIfAbsent(type.name(), type) == null
                && (type.kind() == BtfKind.STRUCT || type.kind() == BtfKind.UNION)) {
            records.add(type);
        }
    }

    /**
     * The FUNC_PROTO behind type {@code id}: itself, the prototype of a FUNC, or the one a pointer
     * or typedef leads to; null for anything else.
     */
    BtfType prototypeAt(int id) {
        while (id != 0) {
            BtfType type = types.get(id);
            switch (type.kind()) {
                case FUNC_PROTO -> {
                    return type;
                }
                case FUNC, PTR, TYPEDEF -> id = type.type();
                default -> {
                    return null;
                }
            }
        }
        return null;
    }
}

package kgraph.importer.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kgraph.importer.btf.BtfKind;
import kgraph.importer.btf.BtfType;
import kgraph.importer.btf.BtfType.Member;

/**
 * The enums of a BTF blob as DepSurf lists them: named ENUMs by name (first wins), plus one enum
 * "(anon)" of size 4 holding the values of every anonymous ENUM in id order. Named ENUM64s are
 * included too (DepSurf's dataset only has ENUM); anonymous ENUM64s are left out as DepSurf does.
 */
final class BtfEnums {

    static final String ANON = "(anon)";

    private BtfEnums() {
    }

    static Map<String, EnumType> of(List<BtfType> enums) {
        Map<String, EnumType> byName = new LinkedHashMap<>();
        List<EnumType.Value> anonymous = new ArrayList<>();
        for (BtfType type : enums) {
            List<EnumType.Value> values = new ArrayList<>(type.members().size());
            for (Member value : type.members()) {
                values.add(new EnumType.Value(value.name(), signed(value.value(), type.size(), type.kindFlag())));
            }
            if (!type.isAnonymous()) {
                byName.putIfAbsent(type.name(), new EnumType(type.name(), type.size(), List.copyOf(values)));
            } else if (type.kind() == BtfKind.ENUM) {
                anonymous.addAll(values);
            }
        }
        if (!anonymous.isEmpty()) {
            byName.put(ANON, new EnumType(ANON, 4, List.copyOf(anonymous)));
        }
        return byName;
    }

    /** An unsigned value as the signed number of {@code size} bytes DepSurf stores; signed ones are kept. */
    static long signed(long value, long size, boolean isSigned) {
        if (isSigned || size <= 0 || size >= 8) {
            return value;
        }
        int bits = (int) size * 8;
        return (value << (64 - bits)) >> (64 - bits);
    }
}

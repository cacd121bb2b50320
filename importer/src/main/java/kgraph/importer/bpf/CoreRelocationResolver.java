package kgraph.importer.bpf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import kgraph.importer.btf.BtfKind;
import kgraph.importer.btf.BtfType;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.btf.CDeclarations;

/**
 * Turns a CO-RE relocation into the kernel dependency it stands for, by walking its access string
 * through the object's own BTF the way the loader does before matching the kernel's: the first
 * index steps over the root pointer, each further index picks a member of a struct or union or an
 * element of an array; type relocations take "0", enumerator relocations the enumerator's index.
 */
final class CoreRelocationResolver {

    private static final String ANONYMOUS = "(anonymous)";

    private final String where;
    private final BtfTypes types;
    private final CDeclarations declarations;

    CoreRelocationResolver(String where, BtfTypes types) {
        this.where = where;
        this.types = types;
        this.declarations = new CDeclarations(types);
    }

    /** The dependency, or empty for TYPE_ID_LOCAL, which the object answers from its own BTF. */
    Optional<Requirement> resolve(CoreRelocation relocation) {
        try {
            return resolveChecked(relocation);
        } catch (IllegalArgumentException e) {
            // BtfTypes refuses type ids that a damaged blob refers to but does not define.
            throw error(relocation, e.getMessage());
        }
    }

    private Optional<Requirement> resolveChecked(CoreRelocation relocation) {
        if (relocation.kind() == CoreRelocationKind.TYPE_ID_LOCAL) {
            return Optional.empty();
        }
        if (relocation.typeId() <= 0 || relocation.typeId() > types.size()) {
            throw error(relocation, "type id " + Integer.toUnsignedString(relocation.typeId())
                    + " is not in the object's BTF (" + types.size() + " types)");
        }
        int[] access = parseAccess(relocation);
        if (relocation.kind().isField()) {
            return Optional.of(field(relocation, access));
        }
        if (relocation.kind().isEnumValue()) {
            return Optional.of(enumValue(relocation, access));
        }
        if (access.length != 1 || access[0] != 0) {
            throw error(relocation, "type relocation " + relocation.kind() + " has access string '"
                    + relocation.accessString() + "', expected '0'");
        }
        return Optional.of(type(relocation.typeId(), relocation.kind()));
    }

    private Requirement field(CoreRelocation relocation, int[] access) {
        int rootId = relocation.typeId();
        if (access.length == 1) {
            return type(rootId, relocation.kind());
        }
        BtfType root = underlying(rootId, relocation);
        String rootName = ownerName(rootId, "");
        StringBuilder path = new StringBuilder();
        List<FieldStep> steps = new ArrayList<>();
        String owner = rootName;
        int id = rootId;
        for (int i = 1; i < access.length; i++) {
            BtfType current = underlying(id, relocation);
            int index = access[i];
            if (current.kind() == BtfKind.STRUCT || current.kind() == BtfKind.UNION) {
                owner = ownerName(id, owner);
                if (index >= current.members().size()) {
                    throw error(relocation, "access string '" + relocation.accessString() + "' picks member "
                            + index + " of " + declarations.type(current.id()) + ", which has "
                            + current.members().size());
                }
                BtfType.Member member = current.members().get(index);
                if (!member.name().isEmpty()) {
                    path.append(path.isEmpty() ? "" : ".").append(member.name());
                    steps.add(new FieldStep(owner, member.name(), declarations.type(member.type())));
                } else if (i == access.length - 1) {
                    path.append(path.isEmpty() ? "" : ".").append(ANONYMOUS);
                }
                id = member.type();
            } else if (current.kind() == BtfKind.ARRAY) {
                path.append('[').append(index).append(']');
                id = current.type();
            } else {
                throw error(relocation, "access string '" + relocation.accessString() + "' indexes into "
                        + declarations.type(current.id()) + ", which is no struct, union or array");
            }
        }
        String container = root.kind() == BtfKind.UNION ? "union" : "struct";
        String fieldPath = path.toString();
        return new Requirement(DependencyKind.STRUCT_FIELD, rootName + "." + fieldPath,
                new DependencyDetail.Field(container, rootName, fieldPath, declarations.type(id), steps,
                        EnumSet.of(relocation.kind())));
    }

    /**
     * The name a member is known under in the kernel: that of the struct or union holding it, else
     * of the typedef naming that anonymous struct ({@code atomic_t}), else, for an anonymous member
     * nested in another type, the enclosing type's ({@code enclosing}).
     */
    private String ownerName(int id, String enclosing) {
        String typedefName = null;
        int current = id;
        for (int guard = 0; current != 0 && guard < types.size(); guard++) {
            BtfType type = types.get(current);
            if (!isQualifierOrTypedef(type.kind())) {
                if (!type.name().isEmpty()) {
                    return type.name();
                }
                break;
            }
            if (type.kind() == BtfKind.TYPEDEF) {
                typedefName = type.name();
            }
            current = type.type();
        }
        return typedefName != null ? typedefName : enclosing;
    }

    private Requirement enumValue(CoreRelocation relocation, int[] access) {
        BtfType enumType = underlying(relocation.typeId(), relocation);
        if (enumType.kind() != BtfKind.ENUM && enumType.kind() != BtfKind.ENUM64) {
            throw error(relocation, relocation.kind() + " on " + declarations.type(enumType.id())
                    + ", which is no enum");
        }
        if (access.length != 1 || access[0] >= enumType.members().size()) {
            throw error(relocation, "access string '" + relocation.accessString() + "' does not pick one of the "
                    + enumType.members().size() + " values of " + declarations.type(enumType.id()));
        }
        String value = enumType.members().get(access[0]).name();
        String enumName = ownerName(relocation.typeId(), "");
        return new Requirement(DependencyKind.ENUM_VALUE, enumName.isEmpty() ? value : enumName + "." + value,
                new DependencyDetail.EnumValue(enumName, value, EnumSet.of(relocation.kind())));
    }

    private Requirement type(int id, CoreRelocationKind kind) {
        String declaration = declarations.type(id);
        String name = types.get(id).name();
        return new Requirement(DependencyKind.TYPE, name.isEmpty() ? declaration : name,
                new DependencyDetail.TypeUse(declaration, EnumSet.of(kind)));
    }

    /** The type under {@code id}'s typedefs and qualifiers, which must not be void. */
    private BtfType underlying(int id, CoreRelocation relocation) {
        int base = skipQualifiers(id);
        if (base == 0) {
            throw error(relocation, "access string '" + relocation.accessString() + "' reaches void");
        }
        return types.get(base);
    }

    private int skipQualifiers(int id) {
        int current = id;
        for (int guard = 0; current != 0 && guard < types.size(); guard++) {
            BtfType type = types.get(current);
            if (!isQualifierOrTypedef(type.kind())) {
                return current;
            }
            current = type.type();
        }
        return current;
    }

    private static boolean isQualifierOrTypedef(BtfKind kind) {
        return kind == BtfKind.TYPEDEF || kind == BtfKind.CONST || kind == BtfKind.VOLATILE
                || kind == BtfKind.RESTRICT || kind == BtfKind.TYPE_TAG;
    }

    private int[] parseAccess(CoreRelocation relocation) {
        String text = relocation.accessString();
        if (text.isEmpty()) {
            throw error(relocation, "empty access string");
        }
        String[] parts = text.split(":", -1);
        int[] access = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("\\d{1,9}")) {
                throw error(relocation, "bad access string '" + text + "': expected indexes separated by ':'");
            }
            access[i] = Integer.parseInt(parts[i]);
        }
        return access;
    }

    private BpfFormatException error(CoreRelocation relocation, String message) {
        return BpfFormatException.at(where, relocation.recordOffset(), "CO-RE relocation for instruction 0x"
                + Long.toHexString(relocation.instructionOffset()) + " of " + relocation.section() + ": " + message);
    }
}

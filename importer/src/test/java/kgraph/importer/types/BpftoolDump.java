package kgraph.importer.types;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kgraph.importer.btf.Bpftool;

/**
 * {@code bpftool btf dump file X} parsed on its own, as the reference the model is checked
 * against: types by id, with members, parameters or enum values, and DepSurf's flattening of
 * struct members and type normalisation written out independently of the code under test.
 */
final class BpftoolDump {

    private static final Pattern TYPE = Pattern.compile("^\\[(\\d+)] (\\w+) '([^']*)'(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\t'([^']*)' (.*)$");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=(\\S+)");

    record Item(String name, Map<String, String> attrs) {
        int typeId() {
            return Integer.parseInt(attrs.get("type_id"));
        }
    }

    record Raw(int id, String kind, String name, Map<String, String> attrs, List<Item> items) {
        int typeId() {
            return Integer.parseInt(attrs.getOrDefault("type_id", "0"));
        }
    }

    record FlatField(String name, long bitsOffset, int bitfieldSize, int typeId) {
    }

    final Map<Integer, Raw> byId = new HashMap<>();
    final List<Raw> inOrder = new ArrayList<>();

    BpftoolDump(Path btf) throws Exception {
        Raw current = null;
        for (String line : Bpftool.dump(btf)) {
            Matcher type = TYPE.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (type.matches()) {
                current = new Raw(Integer.parseInt(type.group(1)), type.group(2), type.group(3),
                        attrs(type.group(4)), new ArrayList<>());
                byId.put(current.id(), current);
                inOrder.add(current);
            } else if (item.matches() && current != null) {
                current.items().add(new Item(item.group(1), attrs(item.group(2))));
            }
        }
    }

    private static Map<String, String> attrs(String text) {
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(text);
        while (m.find()) {
            attrs.put(m.group(1), m.group(2));
        }
        return attrs;
    }

    /** Named types of a kind, first of each name. */
    Map<String, Raw> named(String... kinds) {
        Map<String, Raw> named = new LinkedHashMap<>();
        List<String> wanted = List.of(kinds);
        for (Raw raw : inOrder) {
            if (wanted.contains(raw.kind()) && !raw.name().equals("(anon)")) {
                named.putIfAbsent(raw.name(), raw);
            }
        }
        return named;
    }

    /** DepSurf's member list: anonymous struct/union members replaced by their members, other anonymous ones numbered. */
    List<FlatField> flatten(Raw record, long base) {
        List<FlatField> fields = new ArrayList<>();
        int anon = 0;
        for (Item member : record.items()) {
            long offset = base + Long.parseLong(member.attrs().get("bits_offset"));
            int bitfield = Integer.parseInt(member.attrs().getOrDefault("bitfield_size", "0"));
            Raw type = byId.get(member.typeId());
            if (member.name().equals("(anon)") && type != null
                    && (type.kind().equals("STRUCT") || type.kind().equals("UNION"))) {
                fields.addAll(flatten(type, offset));
                continue;
            }
            String name = member.name();
            if (name.equals("(anon)")) {
                name = anon == 0 ? "(anon)" : "(anon-" + anon + ")";
                anon++;
            }
            fields.add(new FlatField(name, offset, bitfield, member.typeId()));
        }
        return fields;
    }

    /** An enum value as DepSurf stores it: unsigned ones read as signed numbers of the enum's size. */
    static long value(Raw enumType, Item value) {
        String text = value.attrs().get("val").replaceAll("[UL]+$", "");
        long raw = text.startsWith("-") ? Long.parseLong(text) : Long.parseUnsignedLong(text);
        int size = Integer.parseInt(enumType.attrs().get("size"));
        if (enumType.attrs().get("encoding").equals("UNSIGNED") && size < 8) {
            int bits = size * 8;
            raw &= (1L << bits) - 1;
            if (raw >= 1L << (bits - 1)) {
                raw -= 1L << bits;
            }
        }
        return raw;
    }

    /**
     * DepSurf's normalised type as text: qualifiers, pointers, arrays and prototypes followed,
     * named types (and typedefs) cut at kind and name, enums and floats with their size.
     */
    String normalised(int id) {
        if (id == 0) {
            return "VOID";
        }
        Raw type = byId.get(id);
        return switch (type.kind()) {
            case "PTR", "CONST", "VOLATILE", "RESTRICT" -> type.kind() + "<" + normalised(type.typeId()) + ">";
            case "TYPE_TAG" -> normalised(type.typeId());
            case "ARRAY" -> "ARRAY" + type.attrs().get("nr_elems") + "<" + normalised(type.typeId()) + ">";
            case "FUNC_PROTO" -> {
                StringBuilder text = new StringBuilder("PROTO(");
                for (Item param : type.items()) {
                    text.append(param.name()).append(' ').append(normalised(param.typeId())).append(';');
                }
                yield text.append(")").append(normalised(Integer.parseInt(type.attrs().get("ret_type_id")))).toString();
            }
            case "ENUM", "ENUM64", "FLOAT" -> type.kind() + " " + type.name() + " " + type.attrs().get("size");
            case "FWD" -> "FWD " + type.attrs().get("fwd_kind") + " " + type.name();
            default -> type.kind() + " " + type.name();
        };
    }
}

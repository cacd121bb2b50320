package kgraph.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types read from {@code bpftool btf dump} text, each written as one comparable string: a
 * function's return type and parameters by name in order (its own parameters are matched by
 * name), a struct's members by name; pointers, qualifiers, arrays and function pointers are
 * followed, everything else is named by kind and name.
 */
public final class BpftoolTypes {

    private static final Pattern TYPE = Pattern.compile("^\\[(\\d+)] (\\w+) '([^']*)'(.*)$");
    private static final Pattern MEMBER = Pattern.compile("^\\s+'([^']*)' (?:type_id|val)=(-?\\d+).*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(\\S+)");

    record Type(String kind, String name, Map<String, String> attributes, List<String[]> members) {
    }

    private BpftoolTypes() {
    }

    /** Named structs or unions ({@code kind} STRUCT or UNION; the first of a name): each member's type. */
    public static Map<String, Map<String, String>> structMembers(List<String> dump, String kind) {
        Map<Integer, Type> types = parse(dump);
        Map<String, Map<String, String>> structs = new HashMap<>();
        types.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().kind().equals(kind))
                .filter(e -> !e.getValue().name().equals("(anon)"))
                .forEach(e -> structs.computeIfAbsent(e.getValue().name(), n -> {
                    Map<String, String> members = new LinkedHashMap<>();
                    e.getValue().members().forEach(m -> members.put(m[0], type(types, Integer.parseInt(m[1]))));
                    return members;
                }));
        return structs;
    }

    public static Map<String, String> prototypes(List<String> dump) {
        Map<Integer, Type> types = parse(dump);
        // bpftool lists a repeated name more than once; the first FUNC of a name wins, as in the importer.
        Map<String, String> first = new HashMap<>();
        types.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().kind().equals("FUNC"))
                .forEach(e -> first.putIfAbsent(e.getValue().name(),
                        proto(types, types.get(Integer.parseInt(e.getValue().attributes().get("type_id"))))));
        return first;
    }

    private static Map<Integer, Type> parse(List<String> dump) {
        Map<Integer, Type> types = new HashMap<>();
        Type current = null;
        for (String line : dump) {
            Matcher type = TYPE.matcher(line);
            if (type.matches()) {
                Map<String, String> attributes = new HashMap<>();
                Matcher a = ATTRIBUTE.matcher(type.group(4));
                while (a.find()) {
                    attributes.put(a.group(1), a.group(2));
                }
                current = new Type(type.group(2), type.group(3), attributes, new ArrayList<>());
                types.put(Integer.parseInt(type.group(1)), current);
                continue;
            }
            Matcher member = MEMBER.matcher(line);
            if (member.matches() && current != null) {
                current.members().add(new String[] {member.group(1), member.group(2)});
            }
        }
        return types;
    }

    private static String proto(Map<Integer, Type> types, Type proto) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String[] param : proto.members()) {
            params.remove(param[0]);
            params.put(param[0], type(types, Integer.parseInt(param[1])));
        }
        return type(types, Integer.parseInt(proto.attributes().get("ret_type_id"))) + " <- " + params;
    }

    /** A prototype inside a type (a function pointer) compares as a whole, unnamed parameters included. */
    private static String pointedProto(Map<Integer, Type> types, Type proto) {
        List<String> params = new ArrayList<>();
        for (String[] param : proto.members()) {
            params.add(param[0] + " " + type(types, Integer.parseInt(param[1])));
        }
        return type(types, Integer.parseInt(proto.attributes().get("ret_type_id"))) + " <- " + params;
    }

    private static String type(Map<Integer, Type> types, int id) {
        if (id == 0) {
            return "void";
        }
        Type t = types.get(id);
        return switch (t.kind()) {
            case "PTR", "CONST", "VOLATILE", "RESTRICT", "TYPE_TAG" ->
                    t.kind() + "(" + type(types, Integer.parseInt(t.attributes().get("type_id"))) + ")";
            case "ARRAY" -> "ARRAY" + t.attributes().get("nr_elems") + "("
                    + type(types, Integer.parseInt(t.attributes().get("type_id"))) + ")";
            case "FUNC_PROTO" -> "(" + pointedProto(types, t) + ")";
            case "ENUM", "ENUM64", "FLOAT" -> t.kind() + " " + t.name() + " " + t.attributes().get("size");
            case "FWD" -> "FWD " + t.attributes().get("fwd_kind") + " " + t.name();
            default -> t.kind() + " " + t.name();
        };
    }
}

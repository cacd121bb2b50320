package kgraph.importer.bpf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bpftool's own CO-RE resolver: {@code bpftool gen min_core_btf KERNEL.btf OUT.btf OBJECT} keeps of
 * the kernel's BTF only what the object's CO-RE relocations use, struct members included. Its raw
 * dump, read back here, is the independent answer to which struct members the object touches.
 */
final class MinCoreBtf {

    private static final Pattern TYPE = Pattern.compile("^\\[(\\d+)] (\\w+) '([^']*)'(?: type_id=(\\d+))?.*$");
    private static final Pattern MEMBER = Pattern.compile("^\\s+'([^']*)' type_id=(\\d+) bits_offset=.*$");

    private record Type(int id, String kind, String name, int target, List<String[]> members) {
    }

    private final Map<Integer, Type> types = new HashMap<>();

    private MinCoreBtf(List<String> dump) {
        Type current = null;
        for (String line : dump) {
            Matcher t = TYPE.matcher(line);
            if (t.matches()) {
                int id = Integer.parseInt(t.group(1));
                current = new Type(id, t.group(2), t.group(3), t.group(4) == null ? 0 : Integer.parseInt(t.group(4)),
                        new ArrayList<>());
                types.put(id, current);
                continue;
            }
            Matcher m = MEMBER.matcher(line);
            if (m.matches() && current != null) {
                current.members().add(new String[] {m.group(1), m.group(2)});
            }
        }
    }

    static MinCoreBtf of(BpfToolchain tools, Path object) {
        Path out = tools.dir().resolve(object.getFileName() + ".min.btf");
        tools.run(tools.bpftool(), "gen", "min_core_btf", tools.kernelBtf().toString(), out.toString(), object.toString());
        return new MinCoreBtf(tools.run(tools.bpftool(), "btf", "dump", "file", out.toString()));
    }

    /**
     * {@code owner.member} for each member kept, with anonymous members flattened into the named type
     * around them, and an anonymous struct behind a typedef named by the typedef.
     */
    Set<String> members() {
        Map<Integer, String> typedefNames = new HashMap<>();
        for (Type type : types.values()) {
            if (type.kind().equals("TYPEDEF")) {
                typedefNames.putIfAbsent(type.target(), type.name());
            }
        }
        Set<String> members = new HashSet<>();
        for (Type type : types.values()) {
            if (!isComposite(type)) {
                continue;
            }
            String owner = !type.name().equals("(anon)") ? type.name() : typedefNames.get(type.id());
            if (owner != null) {
                collect(type, owner, members);
            }
        }
        return members;
    }

    /** The names of the structs, unions, enums and typedefs kept. */
    Set<String> typeNames() {
        Set<String> names = new HashSet<>();
        for (Type type : types.values()) {
            if (!type.name().equals("(anon)")) {
                names.add(type.name());
            }
        }
        return names;
    }

    private void collect(Type type, String owner, Set<String> members) {
        for (String[] member : type.members()) {
            Type memberType = types.get(Integer.parseInt(member[1]));
            if (member[0].equals("(anon)") && memberType != null && isComposite(memberType)) {
                collect(memberType, owner, members);
            } else {
                members.add(owner + "." + member[0]);
            }
        }
    }

    private static boolean isComposite(Type type) {
        return type.kind().equals("STRUCT") || type.kind().equals("UNION");
    }
}

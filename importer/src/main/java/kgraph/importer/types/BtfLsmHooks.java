package kgraph.importer.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kgraph.importer.btf.BtfType;
import kgraph.importer.btf.BtfType.Member;

/**
 * The LSM hooks of a BTF blob. The hooks are the members of {@code struct security_hook_heads}
 * (DepSurf's list); kernels from 6.9 replaced that struct by {@code struct
 * lsm_static_calls_table}, whose members carry the same names, so that is used when the first
 * is absent. Each hook's prototype is the function-pointer member of {@code union
 * security_list_options} of the same name. Those prototypes have no parameter names in BTF, so
 * the names are taken from {@code bpf_lsm_<hook>} (the function an {@code lsm/<hook>} program
 * attaches to, generated from the same hook list) when its parameter count matches, else
 * {@code arg0}, {@code arg1}, ….
 */
final class BtfLsmHooks {

    static final String HEADS = "security_hook_heads";
    static final String STATIC_CALLS = "lsm_static_calls_table";
    static final String OPTIONS = "security_list_options";

    private BtfLsmHooks() {
    }

    static Map<String, LsmHook> of(BtfIndex index, BtfFunctions functions) {
        BtfType heads = index.structs.getOrDefault(HEADS, index.structs.get(STATIC_CALLS));
        Map<String, LsmHook> hooks = new LinkedHashMap<>();
        if (heads == null) {
            return hooks;
        }
        Map<String, BtfType> options = new LinkedHashMap<>();
        BtfType union = index.unions.get(OPTIONS);
        if (union != null) {
            for (Member member : union.members()) {
                BtfType proto = index.prototypeAt(member.type());
                if (proto != null) {
                    options.putIfAbsent(member.name(), proto);
                }
            }
        }
        for (Member member : heads.members()) {
            BtfType proto = options.get(member.name());
            hooks.putIfAbsent(member.name(), new LsmHook(member.name(), proto == null ? null
                    : functions.of(member.name(), proto, paramNames(index, member.name(), proto))));
        }
        return hooks;
    }

    private static List<String> paramNames(BtfIndex index, String hook, BtfType proto) {
        BtfType attachPoint = index.funcs.get("bpf_lsm_" + hook);
        BtfType named = attachPoint == null ? null : index.prototypeAt(attachPoint.id());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < proto.members().size(); i++) {
            boolean fits = named != null && named.members().size() == proto.members().size();
            names.add(fits ? named.members().get(i).name() : "arg" + i);
        }
        return names;
    }
}

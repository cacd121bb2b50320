package kgraph.importer.modules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kgraph.importer.dwarf.LlvmDwarfdump;
import kgraph.importer.dwarf.LlvmDwarfdump.Die;

/**
 * What {@code llvm-dwarfdump --debug-info} shows of a module's functions: those it defines, the
 * external ones it only declares, and every call site and inlining with the function holding it.
 */
final class DwarfdumpCalls {

    /** A call site or inlining: caller and callee by name, kind as {@link CallSite.Kind}. */
    record Site(String caller, String callee, CallSite.Kind kind) {
    }

    final Set<String> defined = new LinkedHashSet<>();
    final Set<String> declaredOnly = new LinkedHashSet<>();
    final List<Site> sites = new ArrayList<>();

    private final LlvmDwarfdump dump;

    private DwarfdumpCalls(LlvmDwarfdump dump) {
        this.dump = dump;
        for (Die die : dump.dies()) {
            switch (die.tag()) {
                case "DW_TAG_subprogram" -> {
                    if (!die.flag("DW_AT_declaration")) {
                        defined.add(name(die));
                    }
                }
                case "DW_TAG_inlined_subroutine" -> sites.add(new Site(holder(die),
                        name(dump.at(die.reference("DW_AT_abstract_origin"))), CallSite.Kind.INLINED));
                case "DW_TAG_call_site", "DW_TAG_GNU_call_site" -> {
                    String origin = die.has("DW_AT_call_origin") ? "DW_AT_call_origin" : "DW_AT_abstract_origin";
                    if (die.has(origin)) {
                        boolean tail = die.flag("DW_AT_call_tail_call") || die.flag("DW_AT_GNU_tail_call");
                        sites.add(new Site(holder(die), name(dump.at(die.reference(origin))),
                                tail ? CallSite.Kind.TAIL_CALL : CallSite.Kind.CALL));
                    }
                }
                default -> {
                }
            }
        }
        for (Die die : dump.dies()) {
            if (die.tag().equals("DW_TAG_subprogram") && die.flag("DW_AT_declaration") && die.flag("DW_AT_external")
                    && !defined.contains(name(die))) {
                declaredOnly.add(name(die));
            }
        }
    }

    static DwarfdumpCalls of(Path module) throws IOException, InterruptedException {
        return new DwarfdumpCalls(LlvmDwarfdump.of(module));
    }

    /** The name of a subprogram, following its abstract origin or specification. */
    private String name(Die die) {
        Die named = die;
        while (named.string("DW_AT_name") == null) {
            String link = named.has("DW_AT_abstract_origin") ? "DW_AT_abstract_origin" : "DW_AT_specification";
            named = dump.at(named.reference(link));
        }
        return named.string("DW_AT_name");
    }

    /** The function whose code holds {@code die}: the nearest enclosing subprogram. */
    private String holder(Die die) {
        Die up = die.parent();
        while (!up.tag().equals("DW_TAG_subprogram")) {
            up = up.parent();
        }
        return name(up);
    }
}

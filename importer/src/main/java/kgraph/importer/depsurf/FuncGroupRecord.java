package kgraph.importer.depsurf;

import java.util.List;
import kgraph.importer.model.CollisionType;
import kgraph.importer.model.InlineType;

/** One line of {@code func_groups/<image>.jsonl}: every definition of one function name in one image. */
public record FuncGroupRecord(
        String name,
        String collisionType,
        String inlineType,
        List<FuncEntryRecord> funcs,
        List<SymbolRecord> symbols) {

    void validate() {
        Require.present(name, "name");
        Require.present(collisionType, "collision_type");
        Require.present(inlineType, "inline_type");
        Require.present(funcs, "funcs");
        Require.present(symbols, "symbols");
        CollisionType.fromLabel(collisionType);
        InlineType.fromLabel(inlineType);
        if (funcs.isEmpty()) {
            throw new IllegalArgumentException("group '" + name + "' has an empty 'funcs' list");
        }
        for (int i = 0; i < funcs.size(); i++) {
            funcs.get(i).validate("funcs[" + i + "]");
        }
        for (int i = 0; i < symbols.size(); i++) {
            symbols.get(i).validate("symbols[" + i + "]");
        }
    }
}

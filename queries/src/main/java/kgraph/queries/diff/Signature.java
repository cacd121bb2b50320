package kgraph.queries.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A function's prototype in one image, as stored: canonical signatures to compare, C text to
 * show ({@code returnType} alone; each parameter as a declaration with its name).
 */
public record Signature(String name, String prototype, String returnSignature, String returnType, List<Param> params) {

    public record Param(String name, String signature, String declaration) {
    }

    /** From a query row with the stored columns; null when the row has no prototype. */
    public static Signature fromRow(String name, Map<String, Object> row) {
        if (row.get("returnSignature") == null) {
            return null;
        }
        List<String> names = StoredLists.strings(row.get("paramNames"));
        List<String> signatures = StoredLists.strings(row.get("paramSignatures"));
        List<String> declarations = StoredLists.strings(row.get("paramDeclarations"));
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            params.add(new Param(names.get(i), signatures.get(i), declarations.get(i)));
        }
        return new Signature(name, (String) row.get("prototype"),
                (String) row.get("returnSignature"), (String) row.get("returnType"), params);
    }
}

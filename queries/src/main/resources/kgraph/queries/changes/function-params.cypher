// Functions whose parameter list changed between $from and $to: a parameter added, removed,
// renamed, reordered or given another type (compared by name and canonical type signature).
MATCH (a:FuncGroup {image: $from}) WHERE a.paramSignatures IS NOT NULL OR a.returnSignature IS NOT NULL
MATCH (b:FuncGroup {key: $to + substring(a.key, size($from))}) WHERE b.returnSignature IS NOT NULL
WITH a, b WHERE coalesce(a.paramNames, []) <> coalesce(b.paramNames, [])
             OR coalesce(a.paramSignatures, []) <> coalesce(b.paramSignatures, [])
RETURN a.name AS name, a.prototype AS old, b.prototype AS now
ORDER BY name

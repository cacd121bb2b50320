// Structs and unions in both $from and $to that lost fields (matched by name, as DepSurf does).
MATCH (a:Struct {image: $from})
MATCH (b:Struct {key: $to + substring(a.key, size($from))})
WITH a, [f IN coalesce(a.fieldNames, []) WHERE NOT f IN coalesce(b.fieldNames, [])] AS removed
WHERE size(removed) > 0
RETURN a.name AS name, toLower(a.kind) AS kind, removed
ORDER BY name, kind

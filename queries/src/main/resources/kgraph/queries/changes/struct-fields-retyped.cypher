// Fields of structs and unions whose type changed between $from and $to, with both declarations.
MATCH (a:Struct {image: $from})
MATCH (b:Struct {key: $to + substring(a.key, size($from))})
UNWIND range(0, size(coalesce(a.fieldNames, [])) - 1) AS i
WITH a, b, i, [j IN range(0, size(coalesce(b.fieldNames, [])) - 1) WHERE b.fieldNames[j] = a.fieldNames[i]] AS match
WHERE size(match) > 0 AND a.fieldSignatures[i] <> b.fieldSignatures[match[0]]
RETURN a.name AS name, toLower(a.kind) AS kind, a.fieldNames[i] AS field,
       a.fieldDeclarations[i] AS old, b.fieldDeclarations[match[0]] AS now
ORDER BY name, kind, field

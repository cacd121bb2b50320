// Enum values whose number changed between $from and $to (a program using the old number
// now means something else).
MATCH (a:Enum {image: $from})
MATCH (b:Enum {key: $to + substring(a.key, size($from))})
UNWIND range(0, size(coalesce(a.valueNames, [])) - 1) AS i
WITH a, b, i, [j IN range(0, size(coalesce(b.valueNames, [])) - 1) WHERE b.valueNames[j] = a.valueNames[i]] AS match
WHERE size(match) > 0 AND a.values[i] <> b.values[match[0]]
RETURN a.name AS name, a.valueNames[i] AS value, a.values[i] AS old, b.values[match[0]] AS now
ORDER BY name, value

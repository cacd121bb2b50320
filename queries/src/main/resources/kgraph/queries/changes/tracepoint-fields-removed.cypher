// Tracepoints whose event struct lost fields between $from and $to: a tp/ or raw tracepoint
// program reading them breaks.
MATCH (a:Tracepoint {image: $from}) WHERE a.fieldNames IS NOT NULL
MATCH (b:Tracepoint {key: $to + substring(a.key, size($from))}) WHERE b.structName IS NOT NULL
WITH a, [f IN a.fieldNames WHERE NOT f IN coalesce(b.fieldNames, [])] AS removed
WHERE size(removed) > 0
RETURN a.name AS name, a.structName AS struct, removed
ORDER BY name

// Everything $from has and $to lacks: functions, structs, unions, enums, tracepoints, LSM hooks,
// kfuncs, by kind. Per-image keys differ only in their image prefix, so each is one index seek.
CALL {
  MATCH (a:FuncGroup {image: $from})
  WHERE NOT EXISTS { MATCH (:FuncGroup {key: $to + substring(a.key, size($from))}) }
  RETURN 'function' AS kind, a.name AS name
  UNION ALL
  MATCH (a:Dependency {image: $from})
  WHERE NOT EXISTS { MATCH (:Dependency {key: $to + substring(a.key, size($from))}) }
  RETURN toLower(coalesce(a.kind, [l IN labels(a) WHERE l <> 'Dependency'][0])) AS kind, a.name AS name
}
RETURN kind, name
ORDER BY kind, name

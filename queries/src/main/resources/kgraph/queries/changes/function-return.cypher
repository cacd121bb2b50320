// Functions whose return type changed between $from and $to.
MATCH (a:FuncGroup {image: $from}) WHERE a.returnSignature IS NOT NULL
MATCH (b:FuncGroup {key: $to + substring(a.key, size($from))}) WHERE b.returnSignature IS NOT NULL
  AND a.returnSignature <> b.returnSignature
RETURN a.name AS name, a.returnType AS old, b.returnType AS now
ORDER BY name

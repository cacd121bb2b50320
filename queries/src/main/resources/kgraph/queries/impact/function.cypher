// One function's facts in one image (by its per-image key), with its symbol names; no row when absent.
MATCH (g:FuncGroup {key: $key})
OPTIONAL MATCH (g)-[:HAS_SYMBOL]->(s:Symbol)
RETURN g.collision AS collision, g.inline AS inline, g.transformed AS transformed,
       g.returnSignature AS returnSignature, collect(s.name) AS symbols

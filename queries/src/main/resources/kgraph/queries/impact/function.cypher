// One function's facts in one image, vmlinux's definition before a module's, with its symbol
// names and its module (null: vmlinux); no row when the image has it nowhere.
MATCH (:Function {name: $name})<-[:OF_FUNCTION]-(g:FuncGroup {image: $image})
OPTIONAL MATCH (g)-[:IN_MODULE]->(m:Module)
WITH g, m ORDER BY m IS NOT NULL, m.name LIMIT 1
OPTIONAL MATCH (g)-[:HAS_SYMBOL]->(s:Symbol)
RETURN g.collision AS collision, g.inline AS inline, g.transformed AS transformed,
       g.returnSignature AS returnSignature, collect(s.name) AS symbols, m.name AS module, m.loadable AS loadable

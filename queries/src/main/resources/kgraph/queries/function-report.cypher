// Everything DepSurf's function page shows, for the images that have the function; where an
// image defines it in vmlinux and in modules, vmlinux's group comes first, then by module.
MATCH (:Function {name: $name})<-[:OF_FUNCTION]-(g:FuncGroup)-[:IN_IMAGE]->(img:Image)
OPTIONAL MATCH (g)-[:IN_MODULE]->(m:Module)
WITH g, img, m ORDER BY m IS NOT NULL, m.name
RETURN img.name AS image, m.name AS module, g.prototype AS prototype, g.returnSignature AS returnSignature,
       g.returnType AS returnType, g.paramNames AS paramNames, g.paramSignatures AS paramSignatures,
       g.paramDeclarations AS paramDeclarations, g.collision AS collision, g.inline AS inline, g.transformed AS transformed,
       [(g)-[:HAS_INSTANCE]->(n) | n {.key, .file, .loc, .addr, .inlined, .ordinal}] AS instances,
       [(g)-[:HAS_SYMBOL]->(s) | s {.name, .addr, .size, .bind, .ordinal}] AS symbols

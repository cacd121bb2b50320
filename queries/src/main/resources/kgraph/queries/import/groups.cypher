// Creates the per-image function facts, ties them to their function and image, and returns
// each new node's element id so the rest of the image is linked without index lookups.
MATCH (i:Image {name: $image})
UNWIND $rows AS row
MATCH (f:Function) WHERE elementId(f) = row.functionId
CREATE (g:FuncGroup {key: row.key, image: $image, name: row.name, collision: row.collision,
                     inline: row.inline, transformed: row.transformed, prototype: row.prototype,
                     returnSignature: row.returnSignature, returnType: row.returnType, paramNames: row.paramNames,
                     paramSignatures: row.paramSignatures, paramDeclarations: row.paramDeclarations})
CREATE (g)-[:OF_FUNCTION]->(f), (g)-[:IN_IMAGE]->(i)
RETURN row.key AS key, elementId(g) AS id

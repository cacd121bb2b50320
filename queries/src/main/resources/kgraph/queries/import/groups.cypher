// Creates the per-image function facts and ties them to their function and image.
MATCH (i:Image {name: $image})
UNWIND $rows AS row
MATCH (f:Function {name: row.name})
CREATE (g:FuncGroup {key: row.key, image: $image, name: row.name, collision: row.collision,
                     inline: row.inline, transformed: row.transformed})
CREATE (g)-[:OF_FUNCTION]->(f), (g)-[:IN_IMAGE]->(i)

// Creates one image's types and hooks (structs and unions, enums, tracepoints, LSM hooks, kfuncs):
// each is a Dependency node with its own label besides, tied to its image.
MATCH (i:Image {name: $image})
UNWIND $rows AS row
CREATE (n:Dependency {key: row.key, image: $image, name: row.name})
SET n += row.properties, n:$(row.label)
CREATE (n)-[:IN_IMAGE]->(i)

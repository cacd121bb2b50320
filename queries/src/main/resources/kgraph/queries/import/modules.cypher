// Creates one image's modules, each tied to its image, and returns their element ids.
MATCH (i:Image {name: $image})
UNWIND $rows AS row
CREATE (m:Module {key: row.key, image: $image, name: row.name, loadable: row.loadable, license: row.license,
                  depends: row.depends, aliases: row.aliases, config: row.config})
CREATE (m)-[:IN_IMAGE]->(i)
RETURN row.key AS key, elementId(m) AS id

// Creates the ELF function symbols of each group (found by element id).
UNWIND $rows AS row
MATCH (g:FuncGroup) WHERE elementId(g) = row.groupId
CREATE (s:Symbol {key: row.key, image: $image, name: row.name, addr: row.addr, size: row.size,
                  bind: row.bind, section: row.section, ordinal: row.ordinal})
CREATE (g)-[:HAS_SYMBOL]->(s)

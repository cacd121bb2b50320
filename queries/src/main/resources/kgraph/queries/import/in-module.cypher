// Ties each module's function groups to the module (both found by element id).
UNWIND $rows AS row
MATCH (g:FuncGroup) WHERE elementId(g) = row.group
MATCH (m:Module) WHERE elementId(m) = row.module
CREATE (g)-[:IN_MODULE]->(m)

// Creates inline edges: the callee's body was inlined into the caller, at this many sites.
UNWIND $rows AS row
MATCH (a:Instance {key: row.from})
MATCH (b:Instance {key: row.to})
CREATE (a)-[:INLINES {sites: row.sites, firstSite: row.firstSite}]->(b)

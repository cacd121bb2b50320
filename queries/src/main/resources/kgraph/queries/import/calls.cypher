// Creates direct call edges, one per caller-callee pair, with the number of call sites.
UNWIND $rows AS row
MATCH (a:Instance {key: row.from})
MATCH (b:Instance {key: row.to})
CREATE (a)-[:CALLS {sites: row.sites, firstSite: row.firstSite}]->(b)

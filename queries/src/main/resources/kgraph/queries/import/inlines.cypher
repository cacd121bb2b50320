// Creates inline edges (the callee's body was inlined into the caller) at this many sites.
UNWIND $rows AS row
MATCH (a:Instance) WHERE elementId(a) = row.from
MATCH (b:Instance) WHERE elementId(b) = row.to
CREATE (a)-[:INLINES {sites: row.sites, firstSite: row.firstSite}]->(b)

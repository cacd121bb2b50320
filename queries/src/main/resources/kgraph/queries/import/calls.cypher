// Creates direct call edges, one per caller-callee pair (found by element id), with the number of call sites
// and how many of them are tail calls.
UNWIND $rows AS row
MATCH (a:Instance) WHERE elementId(a) = row.from
MATCH (b:Instance) WHERE elementId(b) = row.to
CREATE (a)-[:CALLS {sites: row.sites, firstSite: row.firstSite, tailSites: row.tailSites}]->(b)

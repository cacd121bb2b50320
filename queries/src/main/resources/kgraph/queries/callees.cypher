// One step down the call graph: what the given definitions call (or have inlined into them).
UNWIND $keys AS key
MATCH (caller:Instance {key: key})-[r:CALLS|INLINES]->(callee:Instance)
WHERE type(r) IN $kinds
RETURN caller.key AS callerKey, caller.name AS caller, caller.file AS callerFile, callee.image AS image,
       callee.key AS calleeKey, callee.name AS callee, callee.file AS calleeFile,
       type(r) AS kind, r.sites AS sites, r.firstSite AS firstSite, coalesce(r.tailSites, 0) AS tailSites, true AS resolved
ORDER BY image, callee, kind

// One step up the call graph: who calls (or inlines) the given definitions, by relationship kind.
UNWIND $keys AS key
MATCH (callee:Instance {key: key})<-[r:CALLS|INLINES]-(caller:Instance)
WHERE type(r) IN $kinds
RETURN callee.key AS calleeKey, callee.name AS callee, callee.file AS calleeFile, caller.image AS image,
       caller.key AS callerKey, caller.name AS caller, caller.file AS callerFile,
       type(r) AS kind, r.sites AS sites, r.firstSite AS firstSite, coalesce(r.tailSites, 0) AS tailSites, NOT caller:Unresolved AS resolved
ORDER BY image, calleeKey, kind, firstSite

// 3. Which fully inlined functions are inlined at the most call sites? No probe can attach to them.
:param image => '5.15.0-25-generic-amd64';

MATCH (g:FuncGroup {image: $image, inline: 'Full'})-[:HAS_INSTANCE]->(:Instance)<-[r:INLINES]-(caller:Instance)
RETURN g.name AS function, sum(r.sites) AS inlinedSites, count(DISTINCT caller) AS callers
ORDER BY inlinedSites DESC, function
LIMIT 15;

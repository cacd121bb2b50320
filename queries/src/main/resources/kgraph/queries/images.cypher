// Every imported image with what it holds, Regular by version, then Arch, then Flavor.
MATCH (i:Image)
RETURN i.name AS image, i.version AS version, i.revision AS revision, i.flavor AS flavor, i.arch AS arch,
       i.group AS group, i.groupLabel AS label, i.source AS source, i.compiler AS compiler,
       i.functionGroups AS functions, i.instances AS instances, i.symbols AS symbols,
       i.callEdges AS callEdges, i.unresolvedCallers AS unresolvedCallers,
       COUNT { (i)-[:HAS_SYSCALL]->() } AS syscalls, size(coalesce(i.config, [])) AS configOptions,
       COUNT { (:Dependency)-[:IN_IMAGE]->(i) } AS types, COUNT { (:Module)-[:IN_IMAGE]->(i) } AS modules
ORDER BY CASE i.group WHEN 'Regular' THEN 0 WHEN 'Arch' THEN 1 ELSE 2 END, i.versionOrder, i.groupLabel, i.name

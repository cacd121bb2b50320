// 7. Which names belong to more than one function (static functions in several files)? A probe by name is ambiguous.
:param image => '5.4.0-26-generic-amd64';

MATCH (g:FuncGroup {image: $image})-[:HAS_INSTANCE]->(n:Instance)
WHERE g.collision IN ['Static-Static Collision', 'Static-Global Collision']
WITH g, n ORDER BY n.file
RETURN g.name AS function, g.collision AS collision, collect(DISTINCT n.file) AS files
ORDER BY size(files) DESC, function
LIMIT 25;

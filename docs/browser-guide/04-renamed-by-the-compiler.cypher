// 4. Which functions did the compiler rename (.isra, .constprop, .part, .cold)? A probe on the plain name misses them.
:param image => '6.8.0-31-generic-amd64';

MATCH (g:FuncGroup {image: $image, transformed: true})-[:HAS_SYMBOL]->(s:Symbol)
WHERE s.name CONTAINS '.'
WITH g, s ORDER BY s.ordinal
RETURN g.name AS function, collect(s.name) AS symbols
ORDER BY function
LIMIT 25;

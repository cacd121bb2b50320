// The definitions of one function name, in one image ($image) or in all ($image null).
MATCH (:Function {name: $name})<-[:OF_FUNCTION]-(g:FuncGroup)-[:HAS_INSTANCE]->(n:Instance)
WHERE $image IS NULL OR g.image = $image
RETURN n.key AS key, n.image AS image, n.name AS name, n.file AS file, n.ordinal AS ordinal
ORDER BY image, ordinal

// Function names near the given one (containing it, or sharing its first two thirds), for "did you mean".
MATCH (f:Function)
WHERE f.name CONTAINS $text OR f.name STARTS WITH $prefix
RETURN f.name AS name
ORDER BY size(name), name
LIMIT 5

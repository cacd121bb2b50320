// Function names that contain the given text, for "did you mean" hints.
MATCH (f:Function)
WHERE f.name CONTAINS $text
RETURN f.name AS name
ORDER BY size(name), name
LIMIT 5

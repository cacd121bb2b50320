// An image's types and hooks (all of them, or those of one label and name), with every stored property.
MATCH (n:Dependency {image: $image})
WHERE ($label IS NULL OR $label IN labels(n)) AND ($name IS NULL OR n.name = $name)
RETURN [l IN labels(n) WHERE l <> 'Dependency'][0] AS label, n.name AS name, properties(n) AS properties

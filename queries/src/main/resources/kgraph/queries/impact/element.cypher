// One type or hook in one image (by its per-image key), with every stored property; no row when absent.
MATCH (n:Dependency {key: $key})
RETURN properties(n) AS properties

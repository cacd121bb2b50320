// Which kinds of types and hooks an image holds at all (STRUCT and UNION apart, then each other
// label), and whether it has a syscall table, so a dependency on a kind the image was imported
// without is "unknown", not "absent".
MATCH (i:Image {name: $image})
OPTIONAL MATCH (n:Dependency {image: $image})
WITH i, collect(DISTINCT coalesce(n.kind, [l IN labels(n) WHERE l <> 'Dependency'][0])) AS labels
RETURN labels, EXISTS { (i)-[:HAS_SYSCALL]->() } AS syscalls

// Whether an image has a syscall of the given name.
MATCH (:Image {name: $image})-[:HAS_SYSCALL]->(s:Syscall {name: $name})
RETURN s.name AS name

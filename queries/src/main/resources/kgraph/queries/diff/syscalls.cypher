// An image's syscalls by name, with their numbers.
MATCH (:Image {name: $image})-[r:HAS_SYSCALL]->(s:Syscall)
RETURN s.name AS name, r.nr AS nr

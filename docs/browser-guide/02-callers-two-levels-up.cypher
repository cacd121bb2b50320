// 2. Who calls it, and who calls those? Callers two levels up in one image, as a graph.
:param name => 'vfs_read';
:param image => '5.4.0-26-generic-amd64';

MATCH path = (:Instance)-[:CALLS|INLINES*1..2]->(:Instance {name: $name, image: $image})
RETURN path;

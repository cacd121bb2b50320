// Removes one image and everything that belongs only to it (to replace it in the same transaction).
CALL { MATCH (n:Instance {image: $image}) DETACH DELETE n }
CALL { MATCH (n:Symbol {image: $image}) DETACH DELETE n }
CALL { MATCH (n:FuncGroup {image: $image}) DETACH DELETE n }
CALL { MATCH (n:Dependency {image: $image}) DETACH DELETE n }
CALL { MATCH (n:Module {image: $image}) DETACH DELETE n }
CALL { MATCH (i:Image {name: $image}) DETACH DELETE i }

// For one type or hook ($label, $name; $kind tells structs from unions), every imported image:
// its stored properties where present, null where absent, whether the image has facts of that
// kind at all (known), in the order DepSurf's pages use.
OPTIONAL MATCH (n:Dependency {name: $name}) WHERE $label IN labels(n) AND ($kind IS NULL OR n.kind = $kind)
WITH collect({image: n.image, properties: properties(n)}) AS found
MATCH (i:Image)
WITH i, [f IN found WHERE f.image = i.name | f.properties][0] AS properties
RETURN i.name AS image, i.group AS group, i.groupLabel AS label, properties,
       EXISTS { MATCH (d:Dependency {image: i.name}) WHERE $label IN labels(d) } AS known
ORDER BY CASE i.group WHEN 'Regular' THEN 0 WHEN 'Arch' THEN 1 ELSE 2 END, i.versionOrder, i.groupLabel, i.name

// For one function name, every imported image: its per-image facts where present, nulls where absent.
OPTIONAL MATCH (:Function {name: $name})<-[:OF_FUNCTION]-(g:FuncGroup)-[:IN_IMAGE]->(gi:Image)
WITH collect({image: gi.name, group: g}) AS found
MATCH (i:Image)
WITH i, [f IN found WHERE f.image = i.name | f.group][0] AS g
RETURN i.name AS image, i.group AS group, i.groupLabel AS label,
       g IS NOT NULL AS present, g.collision AS collision, g.inline AS inline, g.transformed AS transformed
ORDER BY CASE i.group WHEN 'Regular' THEN 0 WHEN 'Arch' THEN 1 ELSE 2 END, i.versionOrder, i.groupLabel, i.name

// For one function name, every imported image: its per-image facts where present, nulls where absent.
// Where both vmlinux and a module define it, vmlinux's facts come first; module and loadable say
// where the function lives (module null: vmlinux).
OPTIONAL MATCH (:Function {name: $name})<-[:OF_FUNCTION]-(g:FuncGroup)-[:IN_IMAGE]->(gi:Image)
OPTIONAL MATCH (g)-[:IN_MODULE]->(m:Module)
WITH g, gi, m ORDER BY m IS NOT NULL, m.name
WITH collect({image: gi.name, group: g, module: m}) AS found
MATCH (i:Image)
WITH i, [f IN found WHERE f.image = i.name][0] AS f
WITH i, f.group AS g, f.module AS m
RETURN i.name AS image, i.group AS group, i.groupLabel AS label,
       g IS NOT NULL AS present, g.collision AS collision, g.inline AS inline, g.transformed AS transformed,
       m.name AS module, m.loadable AS loadable
ORDER BY CASE i.group WHEN 'Regular' THEN 0 WHEN 'Arch' THEN 1 ELSE 2 END, i.versionOrder, i.groupLabel, i.name

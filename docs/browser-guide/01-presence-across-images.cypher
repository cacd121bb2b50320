// 1. Is a function on every kernel? Each image, present or absent, with DepSurf's facts there.
:param name => 'vfs_read';

MATCH (i:Image)
OPTIONAL MATCH (i)<-[:IN_IMAGE]-(g:FuncGroup {name: $name})
RETURN i.group AS kind, i.groupLabel AS image, g IS NOT NULL AS present,
       g.collision AS collision, g.inline AS inline, g.transformed AS renamed
ORDER BY CASE i.group WHEN 'Regular' THEN 0 WHEN 'Arch' THEN 1 ELSE 2 END, i.versionOrder, i.groupLabel;

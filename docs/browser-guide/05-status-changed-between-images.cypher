// 5. What changed for a function between two kernels: inlining, name collisions, compiler renaming.
// (DepSurf's prototypes are not in this dataset, so signature changes cannot be compared.)
:param old => '5.4.0-26-generic-amd64';
:param new => '6.8.0-31-generic-amd64';

MATCH (f:Function)<-[:OF_FUNCTION]-(a:FuncGroup {image: $old}),
      (f)<-[:OF_FUNCTION]-(b:FuncGroup {image: $new})
WHERE a.inline <> b.inline OR a.collision <> b.collision OR a.transformed <> b.transformed
RETURN f.name AS function,
       a.inline + ' -> ' + b.inline AS inline,
       a.collision + ' -> ' + b.collision AS collision,
       toString(a.transformed) + ' -> ' + toString(b.transformed) AS renamed
ORDER BY function
LIMIT 50;

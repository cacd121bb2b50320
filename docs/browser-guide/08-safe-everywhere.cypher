// 8. Which functions are safe hooks on every imported kernel: present, unique, never inlined, never renamed?
MATCH (f:Function)<-[:OF_FUNCTION]-(g:FuncGroup)
WITH f, count(g) AS images,
     all(x IN collect(g) WHERE x.collision = 'Unique Global' AND x.inline = 'No' AND NOT x.transformed) AS clean
WHERE clean AND images = COUNT { (:Image) }
RETURN f.name AS function
ORDER BY function;

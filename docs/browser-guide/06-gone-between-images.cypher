// 6. Which functions are gone in the newer kernel? A probe on them stops attaching after the upgrade.
:param old => '5.4.0-26-generic-amd64';
:param new => '6.8.0-31-generic-amd64';

MATCH (f:Function)<-[:OF_FUNCTION]-(:FuncGroup {image: $old})
WHERE NOT EXISTS { (f)<-[:OF_FUNCTION]-(:FuncGroup {image: $new}) }
RETURN f.name AS function
ORDER BY function;

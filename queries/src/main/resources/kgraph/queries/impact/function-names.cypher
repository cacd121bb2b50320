// The function names of an image that match a regular expression (a kprobe.multi pattern).
MATCH (g:FuncGroup {image: $image}) WHERE g.name =~ $pattern
RETURN g.name AS name
ORDER BY name

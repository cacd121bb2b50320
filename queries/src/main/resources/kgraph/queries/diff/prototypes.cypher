// The prototypes of an image's functions (of one, when $name is given), where the image has them.
MATCH (g:FuncGroup {image: $image})
WHERE g.returnSignature IS NOT NULL AND ($name IS NULL OR g.name = $name)
RETURN g.name AS name, g.prototype AS prototype, g.returnSignature AS returnSignature, g.returnType AS returnType,
       g.paramNames AS paramNames, g.paramSignatures AS paramSignatures, g.paramDeclarations AS paramDeclarations

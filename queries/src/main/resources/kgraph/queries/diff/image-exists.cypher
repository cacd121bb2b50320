// Whether an image of this name is imported.
MATCH (i:Image {name: $image})
RETURN i.name AS name

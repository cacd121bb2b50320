// Creates the callers named in the data that match no definition in the image.
UNWIND $rows AS row
CREATE (n:Instance:Unresolved {key: row.key, image: $image, name: row.name, file: row.file})
RETURN row.key AS key, elementId(n) AS id

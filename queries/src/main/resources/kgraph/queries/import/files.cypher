// Makes sure a SourceFile node exists for every path; returns their element ids.
UNWIND $paths AS path
MERGE (s:SourceFile {path: path})
RETURN path AS key, elementId(s) AS id

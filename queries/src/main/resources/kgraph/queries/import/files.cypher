// Makes sure a SourceFile node exists for every path.
UNWIND $paths AS path
MERGE (:SourceFile {path: path})

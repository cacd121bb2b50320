// Creates the definitions of each group, tied to the source file they were compiled in.
UNWIND $rows AS row
MATCH (g:FuncGroup {key: row.groupKey})
CREATE (n:Instance {key: row.key, image: $image, name: row.name, file: row.file, loc: row.loc, line: row.line,
                    external: row.external, inlineStatus: row.inlineStatus, inlined: row.inlined,
                    addr: row.addr, ordinal: row.ordinal})
CREATE (g)-[:HAS_INSTANCE]->(n)
WITH n, row
WHERE row.file IS NOT NULL
MATCH (s:SourceFile {path: row.file})
CREATE (n)-[:DEFINED_IN]->(s)

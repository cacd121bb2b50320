// Creates the definitions of each group (found by element id), tied to their source file.
UNWIND $rows AS row
MATCH (g:FuncGroup) WHERE elementId(g) = row.groupId
CREATE (n:Instance {key: row.key, image: $image, name: row.name, file: row.file, loc: row.loc, line: row.line,
                    external: row.external, inlineStatus: row.inlineStatus, inlined: row.inlined,
                    addr: row.addr, ordinal: row.ordinal})
CREATE (g)-[:HAS_INSTANCE]->(n)
WITH n, row
CALL {
  WITH n, row
  WITH n, row WHERE row.fileId IS NOT NULL
  MATCH (s:SourceFile) WHERE elementId(s) = row.fileId
  CREATE (n)-[:DEFINED_IN]->(s)
}
RETURN row.key AS key, elementId(n) AS id

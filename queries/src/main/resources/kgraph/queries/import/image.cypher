// Creates or completes one image node with its version, arch, flavor and syscall table.
MERGE (i:Image {name: $row.name})
SET i += {version: $row.version, revision: $row.revision, flavor: $row.flavor, arch: $row.arch,
          group: $row.group, groupLabel: $row.groupLabel, versionOrder: $row.versionOrder,
          compiler: $row.compiler, config: $row.config, source: $row.source,
          functionGroups: $counts.groups, instances: $counts.instances, symbols: $counts.symbols,
          callEdges: $counts.callEdges, unresolvedCallers: $counts.unresolvedCallers}
MERGE (v:Version {name: $row.version}) ON CREATE SET v.short = $row.shortVersion, v.order = $row.versionOrder
MERGE (a:Arch {name: $row.arch})
MERGE (f:Flavor {name: $row.flavor})
MERGE (i)-[:OF_VERSION]->(v)
MERGE (i)-[:ON_ARCH]->(a)
MERGE (i)-[:OF_FLAVOR]->(f)
WITH i
UNWIND range(0, size($row.syscallNumbers) - 1) AS k
MERGE (s:Syscall {name: $row.syscallNames[k]})
MERGE (i)-[:HAS_SYSCALL {nr: $row.syscallNumbers[k]}]->(s)

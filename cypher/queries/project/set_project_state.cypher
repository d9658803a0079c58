// Sets the stage fields and the new version, releases the lock, records the change, and forgets
// the import hash so a later import of the project's file writes it again.
MATCH (p:Project {id: $id})
SET p += $properties, p.version = $version
REMOVE p.__locked
CREATE (p)-[:HAS_CHANGE]->(:ProjectChange {projectId: $id, kind: $change.kind, stage: $change.stage,
        date: $change.date, note: $change.note, by: $change.by, at: $change.at, version: $version,
        changes: $change.changes, requestId: $change.requestId})
WITH p
OPTIONAL MATCH (r:__ImportRecord {key: 'PROJECTS:' + $id})
DELETE r
RETURN p.version AS version

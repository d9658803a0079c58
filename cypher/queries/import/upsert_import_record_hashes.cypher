UNWIND $records AS record
MERGE (r:__ImportRecord {key: record.key})
SET r.hash = record.hash

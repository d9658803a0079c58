// Whether the database holds any data (migration bookkeeping aside).
MATCH (n)
WHERE NOT n:__LiantuMigration
RETURN n.id AS id
LIMIT 1

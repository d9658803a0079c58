// How many audit entries match the same filters as audit_entries.
MATCH (a:AuditEntry)
WHERE ($caller IS NULL OR a.caller = $caller)
  AND ($operation IS NULL OR a.operation = $operation)
  AND ($outcome IS NULL OR a.outcome = $outcome)
RETURN count(a) AS total

// One page of audit entries newest first, optionally only one caller's, operation's or outcome's.
MATCH (a:AuditEntry)
WHERE ($caller IS NULL OR a.caller = $caller)
  AND ($operation IS NULL OR a.operation = $operation)
  AND ($outcome IS NULL OR a.outcome = $outcome)
RETURN a {.id, .caller, .role, .operation, .outcome, .target, .changes, .reason, at: toString(a.at)} AS item
ORDER BY a.at DESC, a.id DESC
SKIP $offset LIMIT $limit

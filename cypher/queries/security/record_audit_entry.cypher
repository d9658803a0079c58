// One audit entry: a write that was made or refused.
CREATE (a:AuditEntry {id: $entry.id, at: datetime($entry.at), caller: $entry.caller, role: $entry.role,
                      operation: $entry.operation, outcome: $entry.outcome, target: $entry.target,
                      changes: $entry.changes, reason: $entry.reason})

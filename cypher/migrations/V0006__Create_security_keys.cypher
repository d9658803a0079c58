// API keys are found by their id; audit entries are read newest first, by caller or operation;
// a retried project write finds the change it already made by its request id.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE INDEX audit_entry_caller IF NOT EXISTS FOR (a:AuditEntry) ON (a.caller);
CREATE INDEX project_change_request IF NOT EXISTS FOR (c:ProjectChange) ON (c.requestId);

// The project a write with this request id already changed, if any (a repeated or retried write).
MATCH (c:ProjectChange {requestId: $requestId})
RETURN c.projectId AS projectId
LIMIT 1

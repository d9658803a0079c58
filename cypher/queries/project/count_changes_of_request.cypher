// Whether a write with this request id already made its change (a retried transaction).
MATCH (c:ProjectChange {requestId: $requestId})
RETURN count(c) AS changes

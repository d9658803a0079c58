// The key with this id, if it is not revoked.
MATCH (k:ApiKey {id: $id})
WHERE k.revokedAt IS NULL
RETURN k.hash AS hash, k.role AS role, k.regionCode AS regionCode, k.name AS name

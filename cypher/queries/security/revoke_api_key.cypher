// Revokes a key; a revoked key stays listed with the time it was revoked.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime($revokedAt))
RETURN k {.id, .name, .role, .regionCode, .createdBy, createdAt: toString(k.createdAt),
          revokedAt: toString(k.revokedAt)} AS item

// Every key, newest first, without its hash.
MATCH (k:ApiKey)
RETURN k {.id, .name, .role, .regionCode, .createdBy, createdAt: toString(k.createdAt),
          revokedAt: toString(k.revokedAt)} AS item
ORDER BY k.createdAt DESC, k.id

// A new API key: only the hash of the key is kept.
CREATE (k:ApiKey {id: $id, hash: $hash, name: $name, role: $role, regionCode: $regionCode,
                  createdAt: datetime($createdAt), createdBy: $createdBy})
RETURN k {.*, createdAt: toString(k.createdAt), revokedAt: null} AS item

// The hash each record key last wrote; keys never imported are absent.
UNWIND $keys AS key
MATCH (r:__ImportRecord {key: key})
RETURN key, r.hash AS hash

// What each imported record last wrote (a hash of its fields), so a re-import skips unchanged
// records, reports created / updated / unchanged, and a rerun after a crash completes the rest.
CREATE CONSTRAINT import_record_key IF NOT EXISTS FOR (r:__ImportRecord) REQUIRE r.key IS UNIQUE;

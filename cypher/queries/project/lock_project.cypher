// Takes the project's write lock before reading it, so the version read is the latest committed
// one and no concurrent writer can change it before this transaction ends.
MATCH (p:Project {id: $id})
SET p.__locked = true
RETURN p AS item

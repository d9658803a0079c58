// Full-text search over names (index entity_names); $text is a Lucene query escaped by the caller.
CALL db.index.fulltext.queryNodes('entity_names', $text, {limit: $first})
YIELD node, score
RETURN node, labels(node) AS labels, score
ORDER BY score DESC, node.name
LIMIT $first

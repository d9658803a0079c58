// The 100 biggest makers of each product.
UNWIND $keys AS key
CALL (key) {
  MATCH (e:Enterprise)-[:MAKES]->(:Product {id: key})
  RETURN e
  ORDER BY e.revenue IS NULL, e.revenue DESC, e.id
  LIMIT 100
}
RETURN key, e AS item

// Each enterprise's supply flows out, biggest first, at most $first each, of one year when given.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Enterprise {id: key})-[s:SUPPLIES]->(customer:Enterprise)
  WHERE $year IS NULL OR s.year = $year
  RETURN {counterpartId: customer.id, product: s.product, productId: s.productId, value: s.value, year: s.year} AS item
  ORDER BY s.value IS NULL, s.value DESC, s.year DESC, customer.id
  LIMIT $first
}
RETURN key, item

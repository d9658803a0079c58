// Each enterprise's supply flows in, biggest first, at most $first each, of one year when given.
UNWIND $keys AS key
CALL (key) {
  MATCH (supplier:Enterprise)-[s:SUPPLIES]->(:Enterprise {id: key})
  WHERE $year IS NULL OR s.year = $year
  RETURN {counterpartId: supplier.id, product: s.product, productId: s.productId, value: s.value, year: s.year} AS item
  ORDER BY s.value IS NULL, s.value DESC, s.year DESC, supplier.id
  LIMIT $first
}
RETURN key, item

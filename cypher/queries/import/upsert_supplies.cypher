// One SUPPLIES edge per supplier, customer, product and year.
UNWIND $rows AS row
MATCH (supplier:Enterprise {id: row.supplier}), (customer:Enterprise {id: row.customer})
MERGE (supplier)-[s:SUPPLIES {productKey: row.productKey, year: row.year}]->(customer)
SET s.product = row.product, s.productId = row.productId, s.value = row.value
RETURN count(s) AS written

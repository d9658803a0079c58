// A main product of an enterprise, with its share of the enterprise's revenue when known.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (p:Product {id: row.productId})
MERGE (e)-[m:MAKES]->(p)
SET m.revenueShare = row.revenueShare
RETURN count(m) AS written

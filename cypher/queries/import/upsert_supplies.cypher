// One SUPPLIES edge per supplier, customer, product and year, with the customer's region codes
// (see migrations/V0007) and the catalogued product's id as an index key, '' when the product is
// not in the catalogue (see migrations/V0008).
UNWIND $rows AS row
MATCH (supplier:Enterprise {id: row.supplier}), (customer:Enterprise {id: row.customer})
OPTIONAL MATCH (catalogued:Product {id: row.productId})
// The customer's write lock first, so that its codes are read after a concurrent move commits.
SET customer.__locked = true
REMOVE customer.__locked
MERGE (supplier)-[s:SUPPLIES {productKey: row.productKey, year: row.year}]->(customer)
SET s.product = row.product, s.productId = row.productId, s.value = row.value,
    s.catalogProductId = coalesce(catalogued.id, ''),
    s.customerCountryCode = customer.countryCode, s.customerProvinceCode = customer.provinceCode, s.customerCityCode = customer.cityCode,
    s.customerCountyCode = customer.countyCode
RETURN count(s) AS written

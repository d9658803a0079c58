// A park is in region R when R is its country, province, city or county.
UNWIND $keys AS key
MATCH (p:Park)
WHERE key IN [p.countryCode, p.provinceCode, p.cityCode, p.countyCode]
RETURN key, p AS item
ORDER BY p.name, p.id

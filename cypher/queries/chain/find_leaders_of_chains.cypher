// Leaders of each chain, only those leading in $regionCode or one of its sub-regions when given.
UNWIND $keys AS key
MATCH (e:Enterprise)-[l:LEADS_CHAIN]->(:IndustryChain {id: key})
MATCH (r:Region {code: l.regionCode})
WHERE $regionCode IS NULL OR $regionCode IN [r.countryCode, r.provinceCode, r.cityCode, r.countyCode]
RETURN key, {enterpriseId: e.id, chainId: key, regionCode: l.regionCode, since: l.since} AS item
ORDER BY l.regionCode, e.revenue DESC, e.id

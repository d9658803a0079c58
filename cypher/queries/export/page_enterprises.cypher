// Export: enterprises.jsonl, one row per enterprise; only the segments given explicitly (derived ones
// come from coverage again), main products go to enterprise_products.jsonl.
// A page of up to $limit Enterprise nodes after $after in key order.
MATCH (n:Enterprise) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, {uscc: n.uscc, stockCode: n.stockCode, name: n.name, shortName: n.shortName,
       exchange: n.exchange, listedOn: n.listedOn, ownership: n.ownership, revenue: n.revenue,
       tax: n.tax, employees: n.employees, landAreaMu: n.landAreaMu, foundedOn: n.foundedOn,
       closedOn: n.closedOn, regionCode: n.regionCode, parkId: n.parkId, tags: n.tags, rankings: n.rankings,
       patents: n.patents,
       segmentIds: [(n)-[o:OPERATES_IN]->(s:ChainSegment)
         WHERE coalesce(o.derived, false) = false | s.id]} AS record
ORDER BY key

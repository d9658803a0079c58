// Export: parks.jsonl, one row per park; only the leading chains given explicitly (derived ones are
// matched again by the import).
// A page of up to $limit Park nodes after $after in key order.
MATCH (n:Park) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, {id: n.id, name: n.name, level: n.level, type: n.type, regionCode: n.regionCode,
       areaMu: n.areaMu, targetTaxPerMu: n.targetTaxPerMu, approvedOn: n.approvedOn,
       leadingIndustries: n.leadingIndustries,
       leadingChainIds: [(n)-[l:LEADS_IN]->(c:IndustryChain)
         WHERE coalesce(l.derived, false) = false | c.id]} AS record
ORDER BY key

// Export: industry_classes.jsonl, one row per GB/T 4754 class.
// A page of up to $limit IndustryClass nodes after $after in key order.
MATCH (n:IndustryClass) WHERE n.code > $after
WITH n ORDER BY n.code LIMIT $limit
RETURN n.code AS key, {code: n.code, name: n.name, level: n.level, parentCode: n.parentCode,
       description: n.description, tags: n.tags, strategicCategories: n.strategicCategories,
       strategicProducts: n.strategicProducts} AS record
ORDER BY key

// Parks whose leading chains are matched from their leading-industry text: those with the text and
// no leading chain given explicitly by an import.
MATCH (p:Park)
WHERE p.leadingIndustries IS NOT NULL
  AND NOT EXISTS { MATCH (p)-[l:LEADS_IN]->(:IndustryChain) WHERE coalesce(l.derived, false) = false }
RETURN p.id AS parkId, p.leadingIndustries AS leadingIndustries
ORDER BY parkId

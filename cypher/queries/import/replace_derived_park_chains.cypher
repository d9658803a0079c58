// A park's derived leading chains are replaced by the matches given, each with the term that matched.
UNWIND $rows AS row
MATCH (p:Park {id: row.parkId})
CALL (p) {
  OPTIONAL MATCH (p)-[old:LEADS_IN {derived: true}]->(:IndustryChain)
  DELETE old
}
CALL (p, row) {
  UNWIND row.matches AS match
  MATCH (c:IndustryChain {id: match.chainId})
  MERGE (p)-[l:LEADS_IN]->(c)
  SET l.derived = true, l.matchedTerm = match.term
}
RETURN count(p) AS written

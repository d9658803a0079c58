// search(text): one full-text index over the names users look for; the CJK analyzer splits
// Chinese text into bigrams so 轴承 finds 洛阳LYC轴承有限公司.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Enterprise|Park|IndustryChain|ChainSegment|Product)
ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

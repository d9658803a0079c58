// Natural keys of every node type: uniqueness constraints, which also give the look-up indexes.
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (r:Region) REQUIRE r.code IS UNIQUE;
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (c:IndustryChain) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (s:ChainSegment) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (p:Product) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT technology_id IF NOT EXISTS FOR (t:Technology) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (p:Park) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (e:Enterprise) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT enterprise_uscc IF NOT EXISTS FOR (e:Enterprise) REQUIRE e.uscc IS UNIQUE;
CREATE CONSTRAINT enterprise_stock_code IF NOT EXISTS FOR (e:Enterprise) REQUIRE e.stockCode IS UNIQUE;
CREATE CONSTRAINT rd_institution_id IF NOT EXISTS FOR (i:RdInstitution) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE;

// Scope filters start from the region code stored on each located node at every level
// (country, province, city, county), so "a city includes its counties" is one index seek.
CREATE INDEX enterprise_county IF NOT EXISTS FOR (e:Enterprise) ON (e.countyCode);
CREATE INDEX enterprise_city IF NOT EXISTS FOR (e:Enterprise) ON (e.cityCode);
CREATE INDEX enterprise_province IF NOT EXISTS FOR (e:Enterprise) ON (e.provinceCode);
CREATE INDEX enterprise_country IF NOT EXISTS FOR (e:Enterprise) ON (e.countryCode);
CREATE INDEX enterprise_park IF NOT EXISTS FOR (e:Enterprise) ON (e.parkId);
CREATE INDEX enterprise_revenue IF NOT EXISTS FOR (e:Enterprise) ON (e.revenue);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (e:Enterprise) ON (e.name);
CREATE INDEX park_city IF NOT EXISTS FOR (p:Park) ON (p.cityCode);
CREATE INDEX park_province IF NOT EXISTS FOR (p:Park) ON (p.provinceCode);
CREATE INDEX project_stage IF NOT EXISTS FOR (p:Project) ON (p.stage);
CREATE INDEX project_city IF NOT EXISTS FOR (p:Project) ON (p.cityCode);
CREATE INDEX project_park IF NOT EXISTS FOR (p:Project) ON (p.parkId);
CREATE INDEX project_chain IF NOT EXISTS FOR (p:Project) ON (p.chainId);
CREATE INDEX project_signed IF NOT EXISTS FOR (p:Project) ON (p.signedOn);
CREATE INDEX region_parent IF NOT EXISTS FOR (r:Region) ON (r.parentCode);
CREATE INDEX segment_chain IF NOT EXISTS FOR (s:ChainSegment) ON (s.chainId);

// The region directory is small reference data, cached in memory by RegionDirectory.
MATCH (r:Region)
RETURN r AS item

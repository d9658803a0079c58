package cn.liantu.importer.generator;

/** A chain leader (链主): the firm leading a chain in a city or province, since a year. */
record ChainLeaderPlan(FirmProfile firm, String chainId, String regionCode, int since) {
}

package cn.liantu.domain;

/** Enterprise {@code enterpriseId} leads chain {@code chainId} in region {@code regionCode} (链主). */
public record ChainLeader(String enterpriseId, String chainId, String regionCode, Integer since) {
}

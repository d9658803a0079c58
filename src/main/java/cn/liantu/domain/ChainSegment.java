package cn.liantu.domain;

/** A segment (环节) of a chain, in a tree through {@code parentId}. */
public record ChainSegment(String id, String chainId, String parentId, String name, ChainPosition position,
                           int level, boolean keyLink, KeyLinkType keyLinkType, Double weight, boolean leaf) {
}

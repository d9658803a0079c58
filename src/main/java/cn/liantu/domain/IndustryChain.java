package cn.liantu.domain;

/** An industry chain (产业链). */
public record IndustryChain(String id, String name, ChainCategory category, String description) {
}

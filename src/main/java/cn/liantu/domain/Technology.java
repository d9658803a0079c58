package cn.liantu.domain;

/** A technology (技术) of the innovation chain. */
public record Technology(String id, String name) {
}

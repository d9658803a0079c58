package cn.liantu.persistence.query;

/** Which slice of a sorted list to return: skip {@code offset} items, then take {@code limit}. */
public record PageRequest(int offset, int limit) {
}

package cn.liantu.persistence.query;

/** One sort key: a stored property and a direction. */
public record SortKey(String property, boolean descending) {
}

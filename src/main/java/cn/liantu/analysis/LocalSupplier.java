package cn.liantu.analysis;

/** An operating enterprise in the scope that works in a segment and could supply its products. */
public record LocalSupplier(String enterpriseId, String name, String segmentId, Double revenue) {
}

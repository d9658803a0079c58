package cn.liantu.domain;

/**
 * One supply flow seen from one side: {@code counterpartId} is the supplier when listing
 * suppliers and the customer when listing customers.
 */
public record SupplyRelation(String counterpartId, String product, String productId, Double value, int year) {
}

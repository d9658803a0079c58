package cn.liantu.analysis;

import java.util.List;

/** Supplier {@code supplierId} sells to {@code customerId}: the edges between them, summed. */
public record SupplyLink(String supplierId, String customerId, Double value, List<String> products) {
}

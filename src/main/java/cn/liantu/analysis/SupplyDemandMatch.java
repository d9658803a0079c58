package cn.liantu.analysis;

import java.util.List;

/** A local buyer paired with a local enterprise that could supply what it buys from outside (产销对接). */
public record SupplyDemandMatch(String buyerId, String supplierId, String segmentId, Double outsideValue,
                                int outsideSupplierCount, List<String> products, String reason) {
}

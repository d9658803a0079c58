package cn.liantu.analysis;

import java.util.List;

/**
 * A local buyer that buys the products of one segment from outside the scope, in a year. The
 * segment feeds (SUPPLIES_TO) a segment the buyer operates in.
 *
 * @param buyerId                 the buyer, in the scope
 * @param buyerName               its name, for the reason
 * @param segmentId               the segment whose products it buys from outside
 * @param segmentName             that segment's name, for the reason
 * @param outsideSuppliers        distinct suppliers outside the scope
 * @param outsideEdges            supply edges from them
 * @param outsideValue            value bought from outside, 万元; null when no edge carries a value
 * @param products                what it buys, as recorded on the edges
 * @param currentLocalSupplierIds enterprises in the scope that already supply it
 */
public record InputNeed(String buyerId, String buyerName, String segmentId, String segmentName, int outsideSuppliers,
                        int outsideEdges, Double outsideValue, List<String> products,
                        List<String> currentLocalSupplierIds) {
}

package cn.liantu.analysis;

import java.util.List;
import java.util.Set;

/**
 * An operating enterprise of the scope that operates in the chain or buys the chain's products in
 * the year, with what a chain-gap report counts of it.
 *
 * @param id               the enterprise
 * @param inReference      whether it is in the reference country, so counts next to the national figures
 * @param revenue          万元, 0 when unknown
 * @param patents          0 when unknown
 * @param tech             tagged 高新技术, 专精特新 or 小巨人
 * @param segmentIds       the segments of the chain it operates in itself (not their ancestors)
 * @param linkedSegmentIds those of them in which it has a supply tie of the year with an operating
 *                         enterprise of the scope in a neighbouring (SUPPLIES_TO) segment
 * @param purchases        its supply edges of the year that deliver to segments of the chain
 */
public record ScopeEnterprise(String id, boolean inReference, double revenue, long patents, boolean tech,
                              Set<String> segmentIds, Set<String> linkedSegmentIds, List<Purchase> purchases) {

    /**
     * One supply edge into the enterprise.
     *
     * @param supplierId      the supplier
     * @param supplierInScope whether the supplier is in the scope too
     * @param value           万元; null when the edge carries none
     * @param segmentIds      the segments of the chain it delivers to: its product's, or the supplier's
     *                        when the product is placed in no segment
     */
    public record Purchase(String supplierId, boolean supplierInScope, Double value, Set<String> segmentIds) {
    }
}

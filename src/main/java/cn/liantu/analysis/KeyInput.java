package cn.liantu.analysis;

import java.util.List;

/**
 * How the scope's enterprises obtain the products of one key segment in a year: who supplies
 * them and how many local buyers there are. A supply edge belongs to the segment of its product,
 * or, when the product is not placed in the chain, to the supplier's segments.
 *
 * @param segmentId   the key segment
 * @param localBuyerCount distinct enterprises in the scope buying its products
 * @param suppliers   every supplier selling its products to them
 */
public record KeyInput(String segmentId, int localBuyerCount, List<InputSupplier> suppliers) {

    /**
     * One supplier of a key input.
     *
     * @param enterpriseId the supplier
     * @param inScope      whether it is in the scope itself
     * @param buyerCount   local buyers it serves
     * @param value        the value it supplies, 万元; null when no edge carries a value
     */
    public record InputSupplier(String enterpriseId, boolean inScope, int buyerCount, Double value) {
    }
}

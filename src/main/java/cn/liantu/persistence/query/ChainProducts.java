package cn.liantu.persistence.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a chain's supply edges deliver to, as the gap-report statement takes it.
 *
 * @param segmentsByProduct for every product placed in any segment, the ids of its segments in
 *                          this chain (empty for a product of other chains only): {@code $productSegments}
 * @param purchaseKeys      the {@code catalogProductId} values (migrations/V0008) of every supply
 *                          edge that can deliver to the chain: the chain's products, the products
 *                          placed in no segment (they deliver to their supplier's segments), and
 *                          {@code ''} for edges without a catalogued product; sorted
 */
public record ChainProducts(Map<String, List<String>> segmentsByProduct, List<String> purchaseKeys) {

    public ChainProducts {
        segmentsByProduct = Map.copyOf(segmentsByProduct);
        purchaseKeys = List.copyOf(purchaseKeys);
    }

    /** @param unplacedProductIds the catalogue's products placed in no segment of any chain */
    public static ChainProducts of(Map<String, List<String>> segmentsByProduct, Collection<String> unplacedProductIds) {
        TreeSet<String> keys = new TreeSet<>(unplacedProductIds);
        segmentsByProduct.forEach((productId, segmentIds) -> {
            if (!segmentIds.isEmpty()) {
                keys.add(productId);
            }
        });
        keys.add("");
        return new ChainProducts(segmentsByProduct, List.copyOf(keys));
    }
}

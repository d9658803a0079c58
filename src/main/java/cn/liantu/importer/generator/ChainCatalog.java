package cn.liantu.importer.generator;

import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.IndustryChain;
import cn.liantu.domain.Product;
import cn.liantu.domain.SegmentFlow;
import cn.liantu.domain.Technology;
import java.util.List;

/**
 * The chains of one synthetic world: every segment, the leaf links (numbered 0..n-1 across all
 * chains, a chain's leaves contiguous) with their products and technologies, and the flows
 * between leaves.
 */
record ChainCatalog(List<IndustryChain> chains, List<ChainSegment> segments, List<LeafLink> leaves,
                    List<SegmentFlow> flows, List<Integer> firstLeafOfChain, List<List<Integer>> inputsOfLeaf,
                    List<List<Integer>> outputsOfLeaf) {

    ChainCatalog {
        chains = List.copyOf(chains);
        segments = List.copyOf(segments);
        leaves = List.copyOf(leaves);
        flows = List.copyOf(flows);
        firstLeafOfChain = List.copyOf(firstLeafOfChain);
        inputsOfLeaf = inputsOfLeaf.stream().map(List::copyOf).toList();
        outputsOfLeaf = outputsOfLeaf.stream().map(List::copyOf).toList();
    }

    /** A leaf segment, the unit enterprises work in. */
    record LeafLink(int index, int chain, ChainSegment segment, List<Product> products,
                    List<Technology> technologies) {
    }

    int leafCount() {
        return leaves.size();
    }

    int chainCount() {
        return chains.size();
    }

    LeafLink leaf(int index) {
        return leaves.get(index);
    }

    /** Leaves whose firms supply the firms of {@code leaf} (one SUPPLIES_TO hop up). */
    List<Integer> inputsOf(int leaf) {
        return inputsOfLeaf.get(leaf);
    }

    List<Integer> outputsOf(int leaf) {
        return outputsOfLeaf.get(leaf);
    }

    int firstLeaf(int chain) {
        return firstLeafOfChain.get(chain);
    }

    int leafEnd(int chain) {
        return firstLeafOfChain.get(chain + 1);
    }

    int chainOfLeaf(int leaf) {
        return leaves.get(leaf).chain();
    }
}

package cn.liantu.analysis;

import java.util.Map;
import java.util.Set;

/**
 * The segment tree of a chain as the counts need it: for each segment of the chain, itself and
 * every segment above it; and which segments are key links.
 */
public record ChainHierarchy(Map<String, Set<String>> segmentsAtOrAbove, Set<String> keyLinks) {

    public ChainHierarchy {
        segmentsAtOrAbove = Map.copyOf(segmentsAtOrAbove);
        keyLinks = Set.copyOf(keyLinks);
    }

    /** {@code segmentId} and its ancestors; a segment the hierarchy does not know is its own only one. */
    Set<String> atOrAbove(String segmentId) {
        return segmentsAtOrAbove.getOrDefault(segmentId, Set.of(segmentId));
    }

    boolean isKeyLink(String segmentId) {
        return keyLinks.contains(segmentId);
    }
}

package cn.liantu.persistence;

import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.IndustryChain;
import cn.liantu.domain.SegmentFlow;
import java.util.List;

/** A chain with its segments (ordered by level, position, id) and segment flows. */
public record ChainStructure(IndustryChain chain, List<ChainSegment> segments, List<SegmentFlow> flows) {

    public boolean hasSegment(String segmentId) {
        return segments.stream().anyMatch(s -> s.id().equals(segmentId));
    }
}

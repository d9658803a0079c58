package cn.liantu.domain;

/** Segment {@code fromId} supplies segment {@code toId} (SUPPLIES_TO). */
public record SegmentFlow(String fromId, String toId) {
}

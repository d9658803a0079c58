package cn.liantu.domain;

/** A segment a project serves, and how (延链/补链/强链). */
public record ProjectSegment(String segmentId, ProjectRole role) {
}

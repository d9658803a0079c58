package cn.liantu.analysis;

/** Status of a chain segment in a scope; see the GraphQL enum of the same name. */
public enum SegmentStatus {
    BLANK, WEAK, POTENTIAL, STRONG
}

package cn.liantu.analysis;

/** Why a key segment is an external dependency; see the GraphQL enum of the same name. */
public enum DependencyKind {
    OUTSIDE_ONLY, SINGLE_SUPPLIER
}

package cn.liantu.service;

/** Kind of analysis scope; see the GraphQL enum of the same name. */
public enum ScopeKind {
    REGION, PARK
}

package cn.liantu.analysis;

/** Which way to walk supply edges; see the GraphQL enum of the same name. */
public enum SupplyDirection {
    UPSTREAM, DOWNSTREAM
}

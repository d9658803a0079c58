package cn.liantu.analysis;

/** What a local supply rate was computed from; see the GraphQL enum of the same name. */
public enum SupplyRateBasis {
    VALUE, COUNT
}

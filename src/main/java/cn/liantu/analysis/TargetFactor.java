package cn.liantu.analysis;

/** A factor of the investment-target score; see the GraphQL enum of the same name. */
public enum TargetFactor {
    STRENGTH, TAGS, RANKING, CHAIN_LEADER, SUPPLY_TIES
}

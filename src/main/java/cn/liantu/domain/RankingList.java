package cn.liantu.domain;

/** See the GraphQL enum of the same name for the meaning of each value. */
public enum RankingList {
    FORTUNE_GLOBAL_500, CHINA_500, INDUSTRY_TOP_50
}

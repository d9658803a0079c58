package cn.liantu.domain;

/** See the GraphQL enum of the same name for the meaning of each value. */
public enum EnterpriseTag {
    SPECIALIZED, LITTLE_GIANT, SINGLE_CHAMPION, HIDDEN_CHAMPION, GAZELLE, UNICORN, HIGH_TECH
}

package cn.liantu.domain;

/** See the GraphQL enum of the same name for the meaning of each value. */
public enum Ownership {
    CENTRAL_SOE, PROVINCIAL_SOE, LOCAL_SOE, PRIVATE, FOREIGN
}

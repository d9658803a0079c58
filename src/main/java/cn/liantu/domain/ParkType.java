package cn.liantu.domain;

/** See the GraphQL enum of the same name for the meaning of each value. */
public enum ParkType {
    HIGH_TECH, ECONOMIC_DEVELOPMENT, BONDED, INDUSTRIAL_CLUSTER, SPECIALIZED, OTHER
}

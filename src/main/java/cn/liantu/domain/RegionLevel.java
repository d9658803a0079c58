package cn.liantu.domain;

/** See the GraphQL enum of the same name for the meaning of each value. */
public enum RegionLevel {
    COUNTRY, PROVINCE, CITY, COUNTY
}

package cn.liantu.domain;

/** See the GraphQL enum of the same name for the meaning of each value. */
public enum KeyLinkType {
    CORE_COMPONENT, KEY_MATERIAL, ADVANCED_PROCESS, TECH_FOUNDATION, INDUSTRIAL_SOFTWARE
}

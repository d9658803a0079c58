package cn.liantu.domain;

/** An R&D institution (研发机构). */
public record RdInstitution(String id, String name, RdInstitutionType type, String regionCode) {
}

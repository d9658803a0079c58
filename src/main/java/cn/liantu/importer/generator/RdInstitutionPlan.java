package cn.liantu.importer.generator;

import cn.liantu.domain.RdInstitutionType;
import java.util.List;

/** An R&D institution (研发机构) in a county, supporting some leaf links. */
record RdInstitutionPlan(String id, String name, RdInstitutionType type, String countyCode, List<String> segmentIds) {
}

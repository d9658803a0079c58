package cn.liantu.persistence.query;

import cn.liantu.domain.ProjectStage;
import cn.liantu.domain.RegionLevel;
import java.time.LocalDate;
import java.util.List;

/** Which projects a list holds; {@code regionLevel} is the level of {@code regionCode}. */
public record ProjectCriteria(List<ProjectStage> stages, String regionCode, RegionLevel regionLevel, String parkId,
                              String chainId, String responsible, LocalDate signedFrom, LocalDate signedTo,
                              String nameContains) {

    public ProjectCriteria withPark(String id) {
        return new ProjectCriteria(stages, regionCode, regionLevel, id, chainId, responsible, signedFrom, signedTo,
                nameContains);
    }
}

package cn.liantu.persistence.query;

import cn.liantu.domain.ParkLevel;
import cn.liantu.domain.ParkType;
import cn.liantu.domain.RegionLevel;

/** Which parks a list holds; {@code regionLevel} is the level of {@code regionCode}. */
public record ParkCriteria(String regionCode, RegionLevel regionLevel, ParkLevel level, ParkType type,
                           String chainId, String nameContains) {
}

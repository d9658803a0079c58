package cn.liantu.service;

import cn.liantu.domain.RegionLevel;

/** A checked scope: a region (with its level) or a park. */
public record Scope(String regionCode, RegionLevel regionLevel, String parkId) {

    public static Scope everywhere() {
        return new Scope(null, null, null);
    }
}

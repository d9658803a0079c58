package cn.liantu.security;

import cn.liantu.persistence.RegionDirectory;
import jakarta.inject.Singleton;

/** Refuses writes outside the region an editor is limited to, with the region directory's tree. */
@Singleton
public class RegionGuard {

    private final RegionDirectory regions;

    public RegionGuard(RegionDirectory regions) {
        this.regions = regions;
    }

    public void require(Caller caller, String regionCode, String what) {
        AccessRules.requireRegion(caller, regionCode, what, regions::find);
    }
}

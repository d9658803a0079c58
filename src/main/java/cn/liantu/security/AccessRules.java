package cn.liantu.security;

import cn.liantu.domain.Region;
import cn.liantu.domain.RegionTree;
import cn.liantu.service.ApiException;
import cn.liantu.service.ErrorCode;
import java.util.Optional;
import java.util.function.Function;

/** What a caller may do: pure rules, checked before any work is done. */
public final class AccessRules {

    private AccessRules() {
    }

    /** Refuses a caller without {@code required}: UNAUTHENTICATED when anonymous, else FORBIDDEN. */
    public static void require(Caller caller, Role required, String what) {
        if (caller.has(required)) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, what + " needs the role " + required
                    + ": sign in with 'Authorization: Bearer <token or API key>'");
        }
        throw new ApiException(ErrorCode.FORBIDDEN, what + " needs the role " + required + "; "
                + caller.id() + " has " + (caller.role() == null ? "no role" : caller.role()));
    }

    /**
     * Refuses a write to {@code regionCode} by an editor limited to a region that does not contain it.
     * A write with no region at all (reference data) is refused to every region-limited editor.
     *
     * @param regionOf a region by code, from the region directory
     */
    public static void requireRegion(Caller caller, String regionCode, String what,
                                     Function<String, Optional<Region>> regionOf) {
        if (caller.regionCode() == null) {
            return;
        }
        if (regionCode == null || !RegionTree.contains(caller.regionCode(), regionCode, regionOf)) {
            throw new ApiException(ErrorCode.FORBIDDEN, what + " is outside your region " + caller.regionCode()
                    + (regionCode == null ? " (it belongs to no region; ask an editor without a region limit)"
                    : " (it is in " + regionCode + ")"));
        }
    }
}

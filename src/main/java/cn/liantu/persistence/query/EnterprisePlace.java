package cn.liantu.persistence.query;

import cn.liantu.domain.RegionLevel;

/**
 * Where an enterprise is, as stored on it: the codes of its country, province, city and county
 * (see {@link RegionScopes}) and its park; any may be null.
 */
public record EnterprisePlace(String countryCode, String provinceCode, String cityCode, String countyCode,
                              String parkId) {

    /** The stored code of {@code level}, the property {@link RegionScopes#codeProperty} names. */
    public String code(RegionLevel level) {
        return switch (level) {
            case COUNTRY -> countryCode;
            case PROVINCE -> provinceCode;
            case CITY -> cityCode;
            case COUNTY -> countyCode;
        };
    }
}

package cn.liantu.persistence.query;

import cn.liantu.domain.RegionLevel;

/**
 * Every located node (enterprise, park, project, institution) stores the code of its country,
 * province, city and county; "in region R" compares R with the stored code of R's level.
 */
public final class RegionScopes {

    private RegionScopes() {
    }

    public static String codeProperty(RegionLevel level) {
        return switch (level) {
            case COUNTRY -> "countryCode";
            case PROVINCE -> "provinceCode";
            case CITY -> "cityCode";
            case COUNTY -> "countyCode";
        };
    }
}

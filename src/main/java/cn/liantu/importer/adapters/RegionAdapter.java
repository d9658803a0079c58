package cn.liantu.importer.adapters;

import static cn.liantu.importer.adapters.Conversion.record;

import cn.liantu.importer.RecordType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * China's administrative divisions (modood/Administrative-divisions-of-China, dist/*.csv):
 * provinces (2-digit code), cities (4) and county-level areas (6) become Region records under
 * the country CN, with GB/T 2260 adcodes: province = 2 digits + "0000", city = 4 digits + "00".
 * <p>
 * A municipality (北京, 天津, 上海, 重庆) lists its districts under a placeholder city named 市辖区,
 * and 重庆 its counties under a second one named 县. The first placeholder becomes the city of the
 * municipality, named after it (110100 北京市), so "in 北京市 at city level" means the whole
 * municipality; a second placeholder is merged into it with its counties. Placeholders for
 * counties governed by the province itself (省直辖县级行政区划) are kept as they are. A county row
 * with its city's own code (东莞市, a city without counties) is the city and is not repeated.
 */
public final class RegionAdapter implements DatasetAdapter {

    static final String PROVINCES = "provinces.csv";
    static final String CITIES = "cities.csv";
    static final String AREAS = "areas.csv";
    static final String COUNTRY_CODE = "CN";
    static final String COUNTRY_NAME = "中国";

    private static final Set<String> MUNICIPAL_PLACEHOLDERS = Set.of("市辖区", "县");
    private static final String PROVINCE_ADMINISTERED_SUFFIX = "直辖县级行政区划";
    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern CITY_CODE = Pattern.compile("\\d{4}");
    private static final Pattern AREA_CODE = Pattern.compile("\\d{6}");

    @Override
    public String name() {
        return "regions";
    }

    @Override
    public List<String> fileNames() {
        return List.of(PROVINCES, CITIES, AREAS);
    }

    @Override
    public AdaptedDataset convert(RawFiles files, ReferenceData reference) {
        Conversion conversion = new Conversion(name());
        conversion.add(RecordType.REGIONS, region(COUNTRY_CODE, COUNTRY_NAME, "COUNTRY", null));
        Map<String, String> provinceNames = provinces(files, conversion);
        Map<String, String> cityAdcodes = cities(files, provinceNames, conversion);
        counties(files, cityAdcodes, conversion);
        return conversion.finish();
    }

    /** Province rows; returns the province names by 2-digit code. */
    private static Map<String, String> provinces(RawFiles files, Conversion conversion) {
        Map<String, String> names = new HashMap<>();
        for (CsvTable.Row row : CsvTable.parse(files.lines(PROVINCES))) {
            String code = row.get("code");
            String name = row.get("name");
            if (!PROVINCE_CODE.matcher(code).matches() || name.isEmpty()) {
                conversion.issue(PROVINCES, row.line(), IssueKind.MALFORMED_ROW,
                        "expected a 2-digit code and a name, got '" + code + "', '" + name + "'; skipped");
                continue;
            }
            names.put(code, name);
            conversion.add(RecordType.REGIONS, region(code + "0000", name, "PROVINCE", COUNTRY_CODE));
        }
        return names;
    }

    /** City rows; returns the adcode each 4-digit city code stands for (placeholders merged). */
    private static Map<String, String> cities(RawFiles files, Map<String, String> provinceNames,
                                              Conversion conversion) {
        Map<String, String> adcodes = new HashMap<>();
        Map<String, String> municipalCityByProvince = new HashMap<>();
        for (CsvTable.Row row : CsvTable.parse(files.lines(CITIES))) {
            String code = row.get("code");
            String name = row.get("name");
            String provinceCode = row.get("provinceCode");
            if (!CITY_CODE.matcher(code).matches() || name.isEmpty()) {
                conversion.issue(CITIES, row.line(), IssueKind.MALFORMED_ROW,
                        "expected a 4-digit code and a name, got '" + code + "', '" + name + "'; skipped");
                continue;
            }
            String provinceName = provinceNames.get(provinceCode);
            if (provinceName == null || !code.startsWith(provinceCode)) {
                conversion.issue(CITIES, row.line(), IssueKind.UNKNOWN_PARENT,
                        "city " + code + " " + name + " names province '" + provinceCode + "', not in "
                                + PROVINCES + "; skipped with its counties");
                continue;
            }
            String adcode = code + "00";
            String parent = provinceCode + "0000";
            if (MUNICIPAL_PLACEHOLDERS.contains(name)) {
                String municipalCity = municipalCityByProvince.get(provinceCode);
                if (municipalCity == null) {
                    municipalCityByProvince.put(provinceCode, adcode);
                    adcodes.put(code, adcode);
                    conversion.add(RecordType.REGIONS, region(adcode, provinceName, "CITY", parent));
                    conversion.issue(CITIES, row.line(), IssueKind.MUNICIPALITY_PLACEHOLDER, "'" + name + "' of "
                            + provinceName + " becomes the municipality's city " + adcode + " " + provinceName);
                } else {
                    adcodes.put(code, municipalCity);
                    conversion.issue(CITIES, row.line(), IssueKind.MUNICIPALITY_PLACEHOLDER, "'" + name + "' of "
                            + provinceName + " merged into the city " + municipalCity + " with its counties");
                }
                continue;
            }
            if (name.endsWith(PROVINCE_ADMINISTERED_SUFFIX)) {
                conversion.issue(CITIES, row.line(), IssueKind.PROVINCE_ADMINISTERED_PLACEHOLDER, "'" + name + "' of "
                        + provinceName + " is no city but groups counties the province governs; kept as " + adcode);
            }
            adcodes.put(code, adcode);
            conversion.add(RecordType.REGIONS, region(adcode, name, "CITY", parent));
        }
        return adcodes;
    }

    private static void counties(RawFiles files, Map<String, String> cityAdcodes, Conversion conversion) {
        for (CsvTable.Row row : CsvTable.parse(files.lines(AREAS))) {
            String code = row.get("code");
            String name = row.get("name");
            String cityCode = row.get("cityCode");
            if (!AREA_CODE.matcher(code).matches() || name.isEmpty()) {
                conversion.issue(AREAS, row.line(), IssueKind.MALFORMED_ROW,
                        "expected a 6-digit code and a name, got '" + code + "', '" + name + "'; skipped");
                continue;
            }
            String city = cityAdcodes.get(cityCode);
            if (city == null || !code.startsWith(cityCode)) {
                conversion.issue(AREAS, row.line(), IssueKind.UNKNOWN_PARENT,
                        "county " + code + " " + name + " names city '" + cityCode + "', not among the cities; skipped");
                continue;
            }
            if (code.equals(cityCode + "00")) {
                conversion.issue(AREAS, row.line(), IssueKind.COUNTY_CODE_IS_CITY_CODE,
                        code + " " + name + " is the city itself (it has no counties); not repeated as a county");
                continue;
            }
            conversion.add(RecordType.REGIONS, region(code, name, "COUNTY", city));
        }
    }

    private static Map<String, Object> region(String code, String name, String level, String parentCode) {
        return record("code", code, "name", name, "level", level, "parentCode", parentCode);
    }
}

package cn.liantu.importer.adapters;

import static cn.liantu.importer.adapters.Conversion.record;

import cn.liantu.domain.Region;
import cn.liantu.domain.RegionLevel;
import cn.liantu.importer.RecordType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 中国开发区审核公告目录 (2018): 2,543 national and provincial development zones become parks.
 * <ul>
 *   <li>id: 代码 (a second zone with a code already used gets "-2": S377018 is both 淄川 and 临淄);</li>
 *   <li>level from 批准级别 (国务院 NATIONAL, 省政府 PROVINCIAL); type from 开发区类型 (高新技术产业开发区
 *       HIGH_TECH, 经济技术开发区 and 经济开发区 ECONOMIC_DEVELOPMENT, 海关特殊监管区域 BONDED, 工业园区
 *       INDUSTRIAL_CLUSTER, the rest OTHER);</li>
 *   <li>approvedOn: 批准时间 yyyy.mm as the first of the month (of two dates, the first);</li>
 *   <li>areaMu: 核准面积_公顷 × 15; leadingIndustries: 主导产业 as given;</li>
 *   <li>region: the province is digits 2–3 of 代码; the city or county is found by matching the short
 *       place name 城市/区县 against the regions already in the graph ({@link RegionNameMatcher});
 *       a zone whose place is a fragment or matches nothing is located in its province.</li>
 * </ul>
 */
public final class DevZoneAdapter implements DatasetAdapter {

    static final String ZONES = "dev_zones_2018.csv";

    private static final Pattern CODE = Pattern.compile("[GS]\\d{6}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Map<String, String> TYPOS = Map.of("湽博", "淄博");
    private static final Map<String, String> LEVELS = Map.of("国务院", "NATIONAL", "省政府", "PROVINCIAL");
    private static final Map<String, String> TYPES = Map.of(
            "高新技术产业开发区", "HIGH_TECH",
            "经济技术开发区", "ECONOMIC_DEVELOPMENT",
            "经济开发区", "ECONOMIC_DEVELOPMENT",
            "海关特殊监管区域", "BONDED",
            "工业园区", "INDUSTRIAL_CLUSTER",
            "边境/跨境经济合作区", "OTHER",
            "其他类型开发区", "OTHER");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu.MM");
    private static final BigDecimal MU_PER_HECTARE = BigDecimal.valueOf(15);

    @Override
    public String name() {
        return "dev-zones";
    }

    @Override
    public List<String> fileNames() {
        return List.of(ZONES);
    }

    @Override
    public boolean needsRegions() {
        return true;
    }

    @Override
    public AdaptedDataset convert(RawFiles files, ReferenceData reference) {
        Conversion conversion = new Conversion(name());
        Map<String, String> provinceNames = reference.regions().stream()
                .filter(region -> region.level() == RegionLevel.PROVINCE)
                .collect(Collectors.toMap(Region::code, Region::name));
        RegionNameMatcher matcher = new RegionNameMatcher(reference.regions());
        Map<String, CsvTable.Row> firstByCode = new HashMap<>();
        Map<String, Integer> usesByCode = new HashMap<>();
        for (CsvTable.Row row : CsvTable.parse(files.lines(ZONES))) {
            String code = row.get("代码");
            if (!CODE.matcher(code).matches()) {
                conversion.issue(ZONES, row.line(), IssueKind.MALFORMED_ROW,
                        "代码 '" + code + "' is not G or S and 6 digits; skipped");
                continue;
            }
            String provinceCode = code.substring(1, 3) + "0000";
            String provinceName = provinceNames.get(provinceCode);
            if (provinceName == null) {
                conversion.issue(ZONES, row.line(), IssueKind.UNKNOWN_PARENT, "province " + provinceCode + " of "
                        + code + " is not among the regions; skipped");
                continue;
            }
            if (!provinceName.equals(row.get("省份"))) {
                conversion.issue(ZONES, row.line(), IssueKind.PROVINCE_MISMATCH, "省份 " + row.get("省份")
                        + " but 代码 " + code + " is in " + provinceName + "; the code decides");
            }
            int uses = usesByCode.merge(code, 1, Integer::sum);
            String id = uses == 1 ? code : code + "-" + uses;
            String name = fixTypos(row, "开发区名称", conversion);
            if (uses > 1) {
                CsvTable.Row first = firstByCode.get(code);
                conversion.issue(ZONES, row.line(), IssueKind.DUPLICATE_CODE, code + " is also line " + first.line()
                        + " (" + first.get("开发区名称") + "); " + name + " is kept as " + id);
            }
            firstByCode.putIfAbsent(code, row);
            conversion.add(RecordType.PARKS, record(
                    "id", id,
                    "name", name,
                    "level", level(row, conversion),
                    "type", type(row, conversion),
                    "regionCode", regionCode(row, provinceCode, matcher, conversion),
                    "areaMu", areaMu(row, conversion),
                    "approvedOn", approvedOn(row, conversion),
                    "leadingIndustries", row.get("主导产业").isEmpty() ? null : row.get("主导产业")));
        }
        return conversion.finish();
    }

    private static String regionCode(CsvTable.Row row, String provinceCode, RegionNameMatcher matcher,
                                     Conversion conversion) {
        String place = fixTypos(row, "城市/区县", conversion);
        if (isFragment(place)) {
            conversion.issue(ZONES, row.line(), IssueKind.PLACE_FRAGMENT, "城市/区县 '" + place
                    + "' is a fragment, not a place name; located in the province " + provinceCode);
            return provinceCode;
        }
        RegionNameMatcher.Match match = matcher.match(provinceCode, place);
        switch (match.outcome()) {
            case MATCHED -> {
                return match.region().code();
            }
            case AMBIGUOUS -> conversion.issue(ZONES, row.line(), IssueKind.PLACE_AMBIGUOUS, "城市/区县 '" + place
                    + "' names " + match.candidates().stream().map(r -> r.code() + " " + r.name())
                    .collect(Collectors.joining(", ")) + "; located in the province " + provinceCode);
            case NOT_MATCHED -> conversion.issue(ZONES, row.line(), IssueKind.PLACE_NOT_MATCHED, "城市/区县 '"
                    + place + "' names no city or county of the province; located in the province " + provinceCode);
        }
        return provinceCode;
    }

    /** Fewer than two Chinese characters, or cut at the front ("—东盟"). */
    static boolean isFragment(String place) {
        long han = HAN.matcher(place).results().count();
        return han < 2 || !HAN.matcher(place.substring(0, 1)).matches();
    }

    private static String fixTypos(CsvTable.Row row, String column, Conversion conversion) {
        String text = row.get(column);
        String fixed = text;
        for (Map.Entry<String, String> typo : TYPOS.entrySet()) {
            fixed = fixed.replace(typo.getKey(), typo.getValue());
        }
        if (!fixed.equals(text)) {
            conversion.issue(ZONES, row.line(), IssueKind.PLACE_TYPO_FIXED, column + " '" + text + "' read as '"
                    + fixed + "'");
        }
        return fixed;
    }

    private static String level(CsvTable.Row row, Conversion conversion) {
        String level = LEVELS.get(row.get("批准级别"));
        if (level == null) {
            conversion.issue(ZONES, row.line(), IssueKind.BAD_VALUE, "批准级别 '" + row.get("批准级别")
                    + "' is neither 国务院 nor 省政府; level OTHER");
            return "OTHER";
        }
        return level;
    }

    private static String type(CsvTable.Row row, Conversion conversion) {
        String type = TYPES.get(row.get("开发区类型"));
        if (type == null) {
            conversion.issue(ZONES, row.line(), IssueKind.BAD_VALUE, "开发区类型 '" + row.get("开发区类型")
                    + "' is not a type of the catalogue; type OTHER");
            return "OTHER";
        }
        return type;
    }

    private static Double areaMu(CsvTable.Row row, Conversion conversion) {
        String hectares = row.get("核准面积_公顷");
        try {
            return new BigDecimal(hectares).multiply(MU_PER_HECTARE).doubleValue();
        } catch (NumberFormatException e) {
            conversion.issue(ZONES, row.line(), IssueKind.BAD_VALUE,
                    "核准面积_公顷 '" + hectares + "' is not a number; area left empty");
            return null;
        }
    }

    /** yyyy.mm as the first day of the month; of two dates (original zone / extension) the first. */
    private static String approvedOn(CsvTable.Row row, Conversion conversion) {
        String text = row.get("批准时间");
        String[] dates = text.split("/");
        if (dates.length > 1) {
            conversion.issue(ZONES, row.line(), IssueKind.TWO_APPROVAL_DATES,
                    "批准时间 '" + text + "' holds " + dates.length + " dates; the first, " + dates[0].trim() + ", is used");
        }
        try {
            LocalDate date = YearMonth.parse(dates[0].trim(), MONTH).atDay(1);
            return date.toString();
        } catch (DateTimeParseException e) {
            conversion.issue(ZONES, row.line(), IssueKind.BAD_VALUE,
                    "批准时间 '" + text + "' is not yyyy.mm; left empty");
            return null;
        }
    }
}

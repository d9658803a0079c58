package cn.liantu.importer.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.Region;
import cn.liantu.domain.RegionLevel;
import cn.liantu.importer.RecordType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rows with each quirk of the 2018 catalogue; expected values worked out by hand (亩 = 公顷 × 15). */
class DevZoneAdapterTest {

    private static final RawFiles SAMPLE = RawFiles.of("dev_zones_2018.csv", """
            序号,代码,开发区名称,省份,城市/区县,批准级别,开发区类型,批准时间,核准面积_公顷,主导产业\r
            1,G372026,湽博高新技术产业开发区,山东省,湽博,国务院,高新技术产业开发区,1992.11,704.0,新材料、生物医药\r
            2,S377018,山东淄川经济开发区,山东省,淄川,省政府,经济开发区,1992.12,389.99,汽车\r
            3,S377018,山东临淄经济开发区,山东省,临淄,省政府,经济开发区,1992.12,196.91,装备制造\r
            4,S339077,浙江开化工业园区,浙江省,开,省政府,工业园区,2006.04,500,机械\r
            5,G313031,上海松江出口加工区及B区,上海市,松江,国务院,海关特殊监管区域,2000.04/2002.12,596.0,电子信息\r
            6,G316002,上海佘山国家旅游度假区,上海市,佘山,国务院,其他类型开发区,1995.06,,旅游\r
            7,S419999,河南某园区,山东省,洛阳,省政府,新奇类型,2010.13,100,\r
            8,X123,坏,山东省,淄川,省政府,经济开发区,1992.12,1,\r
            9,S999001,无省园区,无省,某地,省政府,经济开发区,1992.12,1,\r
            """);

    private static final List<Region> REGIONS = List.of(
            new Region("CN", "中国", RegionLevel.COUNTRY, null),
            new Region("310000", "上海市", RegionLevel.PROVINCE, "CN"),
            new Region("310100", "上海市", RegionLevel.CITY, "310000"),
            new Region("310117", "松江区", RegionLevel.COUNTY, "310100"),
            new Region("330000", "浙江省", RegionLevel.PROVINCE, "CN"),
            new Region("330800", "衢州市", RegionLevel.CITY, "330000"),
            new Region("330824", "开化县", RegionLevel.COUNTY, "330800"),
            new Region("370000", "山东省", RegionLevel.PROVINCE, "CN"),
            new Region("370300", "淄博市", RegionLevel.CITY, "370000"),
            new Region("370302", "淄川区", RegionLevel.COUNTY, "370300"),
            new Region("370305", "临淄区", RegionLevel.COUNTY, "370300"),
            new Region("410000", "河南省", RegionLevel.PROVINCE, "CN"),
            new Region("410300", "洛阳市", RegionLevel.CITY, "410000"));

    private static AdaptedDataset dataset;

    @BeforeAll
    static void convert() {
        dataset = new DevZoneAdapter().convert(SAMPLE, new ReferenceData(REGIONS));
    }

    @Test
    void zonesBecomeParksLocatedByTheirPlaceName() {
        assertThat(dataset.records(RecordType.PARKS).stream()
                .map(park -> Arrays.stream(new String[] {"id", "name", "level", "type", "regionCode", "areaMu",
                                "approvedOn", "leadingIndustries"})
                        .map(field -> String.valueOf(park.get(field))).collect(Collectors.joining(" ")))
                .toList()).containsExactly(
                "G372026 淄博高新技术产业开发区 NATIONAL HIGH_TECH 370300 10560.0 1992-11-01 新材料、生物医药",
                "S377018 山东淄川经济开发区 PROVINCIAL ECONOMIC_DEVELOPMENT 370302 5849.85 1992-12-01 汽车",
                "S377018-2 山东临淄经济开发区 PROVINCIAL ECONOMIC_DEVELOPMENT 370305 2953.65 1992-12-01 装备制造",
                "S339077 浙江开化工业园区 PROVINCIAL INDUSTRIAL_CLUSTER 330000 7500.0 2006-04-01 机械",
                "G313031 上海松江出口加工区及B区 NATIONAL BONDED 310117 8940.0 2000-04-01 电子信息",
                "G316002 上海佘山国家旅游度假区 NATIONAL OTHER 310000 null 1995-06-01 旅游",
                "S419999 河南某园区 PROVINCIAL OTHER 410300 1500.0 null null");
    }

    @Test
    void everyQuirkIsReportedWithItsLine() {
        assertThat(dataset.issues()).extracting(issue -> issue.line() + " " + issue.kind()).containsExactly(
                "2 PLACE_TYPO_FIXED", "2 PLACE_TYPO_FIXED",
                "4 DUPLICATE_CODE",
                "5 PLACE_FRAGMENT",
                "6 TWO_APPROVAL_DATES",
                "7 PLACE_NOT_MATCHED", "7 BAD_VALUE",
                "8 PROVINCE_MISMATCH", "8 BAD_VALUE", "8 BAD_VALUE",
                "9 MALFORMED_ROW",
                "10 UNKNOWN_PARENT");
        assertThat(dataset.issues(IssueKind.DUPLICATE_CODE).getFirst().reason())
                .isEqualTo("S377018 is also line 3 (山东淄川经济开发区); 山东临淄经济开发区 is kept as S377018-2");
    }

    @Test
    void fragmentsAreShortOrCutAtTheFront() {
        assertThat(DevZoneAdapter.isFragment("开")).isTrue();
        assertThat(DevZoneAdapter.isFragment("—东盟")).isTrue();
        assertThat(DevZoneAdapter.isFragment("")).isTrue();
        assertThat(DevZoneAdapter.isFragment("佘山")).isFalse();
    }
}

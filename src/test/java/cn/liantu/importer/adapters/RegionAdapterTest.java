package cn.liantu.importer.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.liantu.importer.RecordType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionAdapterTest {

    private static final RawFiles SAMPLE = RawFiles.of(
            "provinces.csv", """
                    code,name
                    11,"北京市"
                    41,"河南省"
                    44,"广东省"
                    50,"重庆市"
                    1x,"坏"
                    """,
            "cities.csv", """
                    code,name,provinceCode
                    1101,"市辖区",11
                    4103,"洛阳市",41
                    4190,"省直辖县级行政区划",41
                    4419,"东莞市",44
                    5001,"市辖区",50
                    5002,"县",50
                    9901,"无省市",99
                    """,
            "areas.csv", """
                    code,name,cityCode,provinceCode
                    110105,"朝阳区",1101,11
                    410305,"涧西区",4103,41
                    419001,"济源市",4190,41
                    441900,"东莞市",4419,44
                    500101,"万州区",5001,50
                    500229,"城口县",5002,50
                    990101,"无市县",9901,99
                    """);

    @Test
    void buildsCountryProvincesCitiesAndCountiesWithAdcodes() {
        AdaptedDataset dataset = new RegionAdapter().convert(SAMPLE, ReferenceData.none());

        // code → "name LEVEL parent", worked out by hand from the sample
        assertThat(regions(dataset)).containsExactly(
                entry("CN", "中国 COUNTRY null"),
                entry("110000", "北京市 PROVINCE CN"),
                entry("410000", "河南省 PROVINCE CN"),
                entry("440000", "广东省 PROVINCE CN"),
                entry("500000", "重庆市 PROVINCE CN"),
                entry("110100", "北京市 CITY 110000"),
                entry("410300", "洛阳市 CITY 410000"),
                entry("419000", "省直辖县级行政区划 CITY 410000"),
                entry("441900", "东莞市 CITY 440000"),
                entry("500100", "重庆市 CITY 500000"),
                entry("110105", "朝阳区 COUNTY 110100"),
                entry("410305", "涧西区 COUNTY 410300"),
                entry("419001", "济源市 COUNTY 419000"),
                entry("500101", "万州区 COUNTY 500100"),
                entry("500229", "城口县 COUNTY 500100"));
    }

    @Test
    void reportsPlaceholdersAndBadRowsWithTheirLines() {
        AdaptedDataset dataset = new RegionAdapter().convert(SAMPLE, ReferenceData.none());

        assertThat(dataset.issues()).extracting(issue -> issue.file() + ":" + issue.line() + " " + issue.kind())
                .containsExactly(
                        "provinces.csv:6 MALFORMED_ROW",
                        "cities.csv:2 MUNICIPALITY_PLACEHOLDER",
                        "cities.csv:4 PROVINCE_ADMINISTERED_PLACEHOLDER",
                        "cities.csv:6 MUNICIPALITY_PLACEHOLDER",
                        "cities.csv:7 MUNICIPALITY_PLACEHOLDER",
                        "cities.csv:8 UNKNOWN_PARENT",
                        "areas.csv:5 COUNTY_CODE_IS_CITY_CODE",
                        "areas.csv:8 UNKNOWN_PARENT");
        assertThat(dataset.issues().get(4).reason()).contains("merged into the city 500100");
    }

    private static Map<String, String> regions(AdaptedDataset dataset) {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Map<String, Object> region : dataset.records(RecordType.REGIONS)) {
            regions.put((String) region.get("code"), region.get("name") + " " + region.get("level") + " "
                    + region.get("parentCode"));
        }
        return regions;
    }
}

package cn.liantu.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ownership;
import cn.liantu.domain.RegionLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnterpriseQueriesTest {

    private static final List<SortKey> BY_REVENUE = List.of(new SortKey("revenue", true));

    @Test
    void aCityStartsFromItsStoredCityCodeAndKeepsValuesInParameters() {
        EnterpriseCriteria criteria = EnterpriseCriteria.all().withRegion("410300", RegionLevel.CITY);

        BuiltQuery built = EnterpriseQueries.page(criteria, BY_REVENUE, new PageRequest(20, 11),
                EnterpriseQueries.Inline.NONE);

        assertThat(built.query().text()).isEqualTo("""
                MATCH (e:Enterprise)
                WHERE e.cityCode = $regionCode
                  AND e.closedOn IS NULL
                RETURN e AS item
                ORDER BY e.revenue IS NULL, e.revenue DESC, e.id
                SKIP $offset LIMIT $limit""");
        assertThat(built.parameters()).containsExactlyInAnyOrderEntriesOf(
                Map.of("regionCode", "410300", "offset", 20, "limit", 11));
    }

    @Test
    void aSegmentIsTheStartAndOtherCriteriaBecomePredicates() {
        EnterpriseCriteria criteria = new EnterpriseCriteria("410305", RegionLevel.COUNTY, null, "nev", "nev-cathode",
                List.of(EnterpriseTag.SPECIALIZED, EnterpriseTag.LITTLE_GIANT), Ownership.PRIVATE, "锂'}) DETACH DELETE e //",
                100.0, null, null);

        BuiltQuery built = EnterpriseQueries.count(criteria);

        assertThat(built.query().text()).isEqualTo("""
                MATCH (:ChainSegment {id: $segmentId})<-[:OPERATES_IN]-(e:Enterprise)
                WHERE e.countyCode = $regionCode
                  AND EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment {chainId: $chainId}) }
                  AND any(tag IN e.tags WHERE tag IN $tags)
                  AND e.ownership = $ownership
                  AND e.name CONTAINS $nameContains
                  AND e.revenue >= $revenueMin
                RETURN count(e) AS total""");
        assertThat(built.parameters()).containsEntry("tags", List.of("SPECIALIZED", "LITTLE_GIANT"))
                .containsEntry("nameContains", "锂'}) DETACH DELETE e //");
    }

    @Test
    void nestedListsBindTheParentFromTheUnwoundKey() {
        EnterpriseCriteria criteria = EnterpriseCriteria.all().withPark(null);

        BuiltQuery built = EnterpriseQueries.pagePerKey(EnterpriseQueries.Anchor.PARK, criteria,
                List.of(new SortKey("name", false)), new PageRequest(0, 6), List.of("p1", "p2"));

        assertThat(built.query().text()).isEqualTo("""
                UNWIND $keys AS key
                CALL (key) {
                  MATCH (e:Enterprise {parkId: key})
                  WHERE e.closedOn IS NULL
                  RETURN e
                  ORDER BY e.name IS NULL, e.name, e.id
                  SKIP $offset LIMIT $limit
                }
                RETURN key, collect(e) AS items""");
        assertThat(built.parameters()).containsEntry("keys", List.of("p1", "p2"));
    }

    @Test
    void closedFirmsOnlyWhenOperatingIsFalseAndBothWhenNull() {
        EnterpriseCriteria closed = new EnterpriseCriteria(null, null, null, null, null, null, null, null, null, null,
                false);
        EnterpriseCriteria both = new EnterpriseCriteria(null, null, null, null, null, null, null, null, null, null,
                null);

        assertThat(EnterpriseQueries.count(closed).query().text()).contains("WHERE e.closedOn IS NOT NULL");
        assertThat(EnterpriseQueries.count(both).query().text()).doesNotContain("closedOn");
    }

    @Test
    void aRegionWithoutItsLevelIsAProgrammingError() {
        EnterpriseCriteria criteria = EnterpriseCriteria.all().withRegion("410300", null);

        assertThatThrownBy(() -> EnterpriseQueries.count(criteria)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsPerSegmentInACityStartFromItsChainsEdgesInAParkFromItsIndexAndNationalCountsFromTheSegments() {
        EnterpriseCriteria city = EnterpriseCriteria.all().withRegion("340400", RegionLevel.CITY);

        BuiltQuery fromCity = EnterpriseQueries.countPerKey(EnterpriseQueries.Anchor.SEGMENT, city, List.of("a", "b"));
        BuiltQuery fromPark = EnterpriseQueries.countPerKey(EnterpriseQueries.Anchor.SEGMENT,
                EnterpriseCriteria.all().withPark("p"), List.of("a"));
        BuiltQuery fromSegments = EnterpriseQueries.countPerKey(EnterpriseQueries.Anchor.SEGMENT,
                EnterpriseCriteria.all().withRegion("CN", RegionLevel.COUNTRY), List.of("a"));

        assertThat(fromCity.query().text()).isEqualTo("""
                MATCH (x:ChainSegment)
                WHERE x.id IN $keys
                WITH DISTINCT x.chainId AS chainId
                MATCH (e)-[o:OPERATES_IN]->(s)
                WHERE o.chainId = chainId
                  AND o.cityCode = $regionCode
                  AND s.id IN $keys
                  AND e.cityCode = $regionCode
                  AND e.closedOn IS NULL
                RETURN s.id AS key, count(e) AS total""");
        assertThat(fromCity.parameters()).containsExactlyInAnyOrderEntriesOf(
                Map.of("regionCode", "340400", "keys", List.of("a", "b")));
        assertThat(fromPark.query().text()).isEqualTo("""
                MATCH (e:Enterprise {parkId: $parkId}) USING INDEX e:Enterprise(parkId)
                WHERE e.closedOn IS NULL
                MATCH (e)-[:OPERATES_IN]->(s:ChainSegment)
                WHERE s.id IN $keys
                RETURN s.id AS key, count(e) AS total""");
        assertThat(fromSegments.query().text()).startsWith("UNWIND $keys AS key");
        assertThat(EnterpriseQueries.countPerKey(EnterpriseQueries.Anchor.SEGMENT,
                EnterpriseCriteria.all().withRegion("340000", RegionLevel.PROVINCE), List.of("a")).query().text())
                .contains("AND o.provinceCode = $regionCode\n");
    }
}

package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.analysis.SupplyDirection;
import cn.liantu.domain.RegionLevel;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.ChainProducts;
import cn.liantu.persistence.query.GapReportQueries;
import cn.liantu.persistence.query.MatchQueries;
import cn.liantu.persistence.query.PageRequest;
import cn.liantu.persistence.query.ScopeCriteria;
import cn.liantu.persistence.query.SegmentListQueries;
import cn.liantu.persistence.query.SupplyNetworkQueries;
import cn.liantu.persistence.query.TargetQueries;
import cn.liantu.support.TestServer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;

/** Every shape of the analysis statements passes EXPLAIN on a real database. */
class AnalysisCypherExplainIT {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 31);

    @Test
    void everyBuiltAnalysisShapeExplains() {
        List<ScopeCriteria> scopes = List.of(ScopeCriteria.region("410300", RegionLevel.CITY, "CN"),
                ScopeCriteria.region("410305", RegionLevel.COUNTY, "CN"), ScopeCriteria.region("41", RegionLevel.PROVINCE, "CN"),
                ScopeCriteria.region("CN", RegionLevel.COUNTRY, "CN"),
                ScopeCriteria.park("ly-etdz", "410311", RegionLevel.COUNTY, "CN"));
        List<BuiltQuery> built = new ArrayList<>();
        for (ScopeCriteria scope : scopes) {
            built.add(GapReportQueries.localChainFacts(scope, "nev", DATE, 2026,
                    ChainProducts.of(Map.of("p", List.of("nev-chip")), List.of("q"))));
            built.add(GapReportQueries.nationalSegmentFacts(scope, "nev", DATE));
            built.add(MatchQueries.needs(scope, "nev", DATE, 2026, Map.of("p", List.of("nev-chip"))));
            built.add(MatchQueries.localSuppliers(scope, DATE, List.of("nev-chip"), 5));
            built.add(TargetQueries.supplyTies(scope, List.of("x"), TargetQueries.SCOPE_SIDE_LIMIT));
            built.add(SegmentListQueries.enterprisePages(scope, DATE, new PageRequest(0, 3), List.of("nev-chip")));
            built.add(SegmentListQueries.enterpriseCounts(scope, DATE, List.of("nev-chip")));
            built.add(SegmentListQueries.servingProjects(scope, List.of("SIGNED"), List.of("nev-chip")));
            built.add(SupplyNetworkQueries.links("x", SupplyDirection.DOWNSTREAM, 2, 2026, scope, "nev-chip"));
        }
        built.add(TargetQueries.segmentRankings("nev", DATE, List.of("nev-chip"), 5));
        for (SupplyDirection direction : SupplyDirection.values()) {
            for (int tiers = 1; tiers <= SupplyNetworkQueries.MAX_TIERS; tiers++) {
                built.add(SupplyNetworkQueries.links("x", direction, tiers, null, null, null));
            }
        }
        GraphDatabase database = TestServer.bean(GraphDatabase.class);
        List<String> failures = new ArrayList<>();
        try (Session session = database.driver().session(database.sessionConfig())) {
            for (BuiltQuery query : built) {
                try {
                    session.run("EXPLAIN " + query.query().text(), query.parameters()).consume();
                } catch (RuntimeException e) {
                    failures.add(query.query().name() + ": " + e.getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aRegionsPurchasesAreSoughtByYearCustomerAndProduct() {
        BuiltQuery facts = GapReportQueries.localChainFacts(ScopeCriteria.region("410300", RegionLevel.CITY, "CN"),
                "nev", DATE, 2026, ChainProducts.of(Map.of("p", List.of("nev-chip")), List.of()));
        GraphDatabase database = TestServer.bean(GraphDatabase.class);
        try (Session session = database.driver().session(database.sessionConfig())) {
            Plan plan = session.run("EXPLAIN " + facts.query().text(), facts.parameters()).consume().plan();

            assertThat(details(plan)).anyMatch(detail -> detail.contains(
                    "RANGE INDEX (sup)-[t:SUPPLIES(year, customerCityCode, catalogProductId)]->(e)"));
        }
    }

    private static List<String> details(Plan plan) {
        List<String> details = new ArrayList<>();
        details.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", Values.NULL));
        plan.children().forEach(child -> details.addAll(details(child)));
        return details;
    }
}

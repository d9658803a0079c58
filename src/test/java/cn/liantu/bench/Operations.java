package cn.liantu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed mix: what an investment-attraction bureau's front end asks for one city and one
 * chain. Every operation is one realistic request; the names appear in the results table.
 */
final class Operations {

    private Operations() {
    }

    static List<Operation> mix(String city, String chain, String supplyRoot, String searchText) {
        List<Operation> ops = new ArrayList<>();
        ops.add(new Operation("enterpriseList", "高新技术企业 of the city, top 20 by revenue, with park and segments",
                """
                { enterprises(first: 20, filter: { regionCode: "%s", tags: [HIGH_TECH] },
                              orderBy: [{ field: REVENUE, direction: DESC }]) {
                    totalCount
                    edges { node { uscc name revenue tags park { id name level } segments { id name position } } } } }
                """.formatted(city),
                Operation.Library.NATIVE,
                """
                { enterprisesConnection(first: 20,
                      where: { cityCode: { eq: "%s" }, tags: { includes: "HIGH_TECH" }, closedOn: { eq: null } },
                      sort: [{ revenue: DESC }, { id: ASC }]) {
                    totalCount
                    edges { node { uscc name revenue tags parks { id name level } segments { id name position } } } } }
                """.formatted(city),
                data -> listCheck(data.path("enterprises")),
                data -> listCheck(data.path("enterprisesConnection"))));
        String lt = "enterprises(filter: { regionCode: \"%s\" }) { totalCount }".formatted(city);
        String lib = "enterprisesConnection(where: { node: { cityCode: { eq: \"%s\" }, closedOn: { eq: null } } }) { totalCount }"
                .formatted(city);
        String fields = "id name position keyLink ";
        ops.add(new Operation("chainTree", "the chain, its segment tree (3 levels) and the city's enterprises per segment",
                """
                { chain(id: "%1$s") { id name category
                    rootSegments { %2$s %3$s children { %2$s %3$s children { %2$s %3$s } } } } }
                """.formatted(chain, fields, lt),
                Operation.Library.NATIVE,
                """
                { industryChains(where: { id: { eq: "%1$s" } }) { id name category
                    segments(where: { level: { eq: 1 } }, sort: [{ id: ASC }]) { %2$s %3$s
                      children(sort: [{ id: ASC }]) { %2$s %3$s children(sort: [{ id: ASC }]) { %2$s %3$s } } } } }
                """.formatted(chain, fields, lib),
                data -> treeCheck(data.path("chain").path("rootSegments"), "enterprises"),
                data -> treeCheck(data.path("industryChains").path(0).path("segments"), "enterprisesConnection")));
        ops.add(Operation.viaCypher("gapReport", "chain-gap report of the chain in the city, every score explained",
                """
                { chainGapReport(chainId: "%s", scope: { regionCode: "%s" }, asOfYear: 2026) {
                    completeness weightedCompleteness localSupplyRate localSupplyBasis localEnterpriseCount
                    strongCount potentialCount weakCount blankCount
                    segments { segment { id name } status score scale linkage tech localEnterpriseCount nationalEnterpriseCount }
                    gaps { segment { id name } }
                    extensionCandidates { segment { id name } feeds { id name } }
                    externalDependencies { segment { id name } kinds localBuyerCount suppliers { enterprise { uscc name } inScope value } } } }
                """.formatted(chain, city)));
        ops.add(Operation.viaCypher("investmentTargets", "top 20 investment targets for the city's gaps, with evidence",
                """
                { investmentTargets(chainId: "%s", scope: { regionCode: "%s" }, first: 20) {
                    enterprise { uscc name region { name } } segment { id name } score reasons { factor points detail } } }
                """.formatted(chain, city)));
        ops.add(Operation.viaCypher("supplyChain3", "a chain leader's suppliers, 3 tiers, marked local or not",
                """
                { supplyChain(uscc: "%s", direction: UPSTREAM, maxTiers: 3, filter: { scope: { regionCode: "%s" } }) {
                    tiers { tier enterpriseCount inScopeCount }
                    entries { tier inScope enterprise { uscc name } path { name } } } }
                """.formatted(supplyRoot, city)));
        ops.add(Operation.viaCypher("projectLedger", "三个一批 ledger of the city's projects signed 2025–2026, by park",
                """
                { projectLedger(scope: { regionCode: "%s" }, signedFrom: "2025-01-01", signedTo: "2026-12-31", groupBy: PARK) {
                    groups { key label signedCount startedCount producingCount effectiveCount
                             startRate productionRate effectiveRate fundsInPlaceRate }
                    total { signedCount startedCount startRate productionRate effectiveRate fundsInPlaceRate } } }
                """.formatted(city)));
        ops.add(Operation.viaCypher("search", "full-text search over enterprises, parks, chains, segments, products",
                """
                { search(text: "%s", first: 20) { kind id name score } }
                """.formatted(searchText)));
        return ops;
    }

    /** totalCount and the ids of the page, in order. */
    private static String listCheck(JsonNode connection) {
        List<String> ids = new ArrayList<>();
        connection.path("edges").forEach(edge -> ids.add(edge.path("node").path("uscc").asText()));
        return "totalCount=" + connection.path("totalCount").asInt() + " page=" + ids;
    }

    /** The number of segments and the sum of their enterprise counts. */
    private static String treeCheck(JsonNode roots, String countField) {
        int[] segmentsAndFirms = new int[2];
        walk(roots, countField, segmentsAndFirms);
        return "segments=" + segmentsAndFirms[0] + " enterprises=" + segmentsAndFirms[1];
    }

    private static void walk(JsonNode segments, String countField, int[] totals) {
        for (JsonNode segment : segments) {
            totals[0]++;
            totals[1] += segment.path(countField).path("totalCount").asInt();
            walk(segment.path("children"), countField, totals);
        }
    }
}

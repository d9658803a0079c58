package cn.liantu.persistence.query;

import cn.liantu.domain.RegionLevel;
import cn.liantu.persistence.CypherQuery;
import java.time.LocalDate;

/**
 * Builds the ledger aggregation: the signed cohort of a scope and period, grouped by park, chain,
 * county or official, with counts of projects that reached each stage and their amounts. Pure.
 */
public final class LedgerQueries {

    /** The grouping, with the stored property that is its key and how to find its label. */
    public enum Grouping {
        PARK("p.parkId", "OPTIONAL MATCH (label:Park {id: key})", "label.name"),
        CHAIN("p.chainId", "OPTIONAL MATCH (label:IndustryChain {id: key})", "label.name"),
        REGION("p.countyCode", "OPTIONAL MATCH (label:Region {code: key})", "label.name"),
        RESPONSIBLE("p.responsible", "", "key");

        private final String keyExpression;
        private final String labelMatch;
        private final String labelExpression;

        Grouping(String keyExpression, String labelMatch, String labelExpression) {
            this.keyExpression = keyExpression;
            this.labelMatch = labelMatch;
            this.labelExpression = labelExpression;
        }
    }

    private LedgerQueries() {
    }

    public static BuiltQuery figures(Grouping grouping, String regionCode, RegionLevel regionLevel, String parkId,
                                     String chainId, LocalDate signedFrom, LocalDate signedTo) {
        QueryParts parts = new QueryParts();
        parts.predicates.add("p.signedOn IS NOT NULL");
        if (regionCode != null) {
            parts.where("p." + RegionScopes.codeProperty(regionLevel) + " = %s", "regionCode", regionCode);
        }
        parts.where("p.parkId = %s", "parkId", parkId);
        parts.where("p.chainId = %s", "chainId", chainId);
        parts.where("p.signedOn >= %s", "signedFrom", signedFrom);
        parts.where("p.signedOn <= %s", "signedTo", signedTo);
        String text = "MATCH (p:Project)" + parts.whereClause() + "\n"
                + "WITH coalesce(" + grouping.keyExpression + ", '') AS key, p\n"
                + "WITH key, count(p) AS signed, count(p.startedOn) AS started, count(p.producingOn) AS producing,\n"
                + "     count(p.effectiveOn) AS effective, sum(coalesce(p.amount, 0.0)) AS amount,\n"
                + "     sum(coalesce(p.fundsInPlace, 0.0)) AS funds\n"
                + grouping.labelMatch + (grouping.labelMatch.isEmpty() ? "" : "\n")
                + "RETURN key, " + grouping.labelExpression + " AS label, signed, started, producing, effective,"
                + " amount, funds";
        return new BuiltQuery(new CypherQuery("project/sum_ledger_by_" + grouping.name().toLowerCase(), text),
                parts.parameters);
    }
}

package cn.liantu.service;

import cn.liantu.analysis.ledger.Ledger;
import cn.liantu.analysis.ledger.LedgerFigures;
import cn.liantu.analysis.park.ParkFigures;
import cn.liantu.analysis.park.ParkScore;
import cn.liantu.analysis.park.ParkScoring;
import cn.liantu.domain.Project;
import cn.liantu.domain.ProjectStage;
import cn.liantu.domain.Region;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.persistence.Rows;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.LedgerQueries;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The project ledger, overdue projects and park scorecards: the database sums, the analysis rates. */
@Singleton
public class LedgerService {

    /** A project stuck at its stage since {@code since}, for {@code days} days. */
    public record OverdueProject(Project project, LocalDate since, int days) {
    }

    private final Cypher cypher;

    public LedgerService(Cypher cypher) {
        this.cypher = cypher;
    }

    public Ledger.Result ledger(Scope scope, String chainId, LocalDate signedFrom, LocalDate signedTo,
                                LedgerQueries.Grouping grouping) {
        if (signedFrom != null && signedTo != null && signedFrom.isAfter(signedTo)) {
            throw ApiException.badInput("signedFrom (" + signedFrom + ") is after signedTo (" + signedTo + ")");
        }
        BuiltQuery query = LedgerQueries.figures(grouping, scope.regionCode(), scope.regionLevel(), scope.parkId(),
                chainId, signedFrom, signedTo);
        List<LedgerFigures> groups = cypher.read(query.query(), query.parameters(), record -> {
            String key = record.get("key").asString();
            String label = record.get("label").isNull() ? (key.isEmpty() ? "未指定" : key) : record.get("label").asString();
            return new LedgerFigures(key.isEmpty() ? "NONE" : key, label, record.get("signed").asInt(),
                    record.get("started").asInt(), record.get("producing").asInt(), record.get("effective").asInt(),
                    record.get("amount").asDouble(), record.get("funds").asDouble());
        });
        return Ledger.of(groups);
    }

    public List<OverdueProject> overdue(Scope scope, ProjectStage stage, int olderThanDays, LocalDate asOf) {
        if (olderThanDays < 0) {
            throw ApiException.badInput("olderThanDays must not be negative, got " + olderThanDays);
        }
        if (stage == ProjectStage.TERMINATED || stage == ProjectStage.EFFECTIVE) {
            throw ApiException.badInput(stage + " is a final stage: a project cannot be overdue there");
        }
        LocalDate cutoff = asOf.minusDays(olderThanDays + 1L);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("stage", stage.name());
        parameters.put("cutoff", cutoff);
        parameters.put("parkId", scope.parkId());
        parameters.put("regionCode", scope.regionCode());
        return cypher.read(QueryCatalog.get("project/find_overdue_projects"), parameters, record -> {
            Project project = Rows.project(record.get("item"));
            LocalDate since = project.stageDate();
            return new OverdueProject(project, since, (int) ChronoUnit.DAYS.between(since, asOf));
        });
    }

    public List<ParkScore> scorecard(Region region, LocalDate end) {
        List<ParkFigures> figures = cypher.read(QueryCatalog.get("park/sum_park_figures"),
                Map.of("regionCode", region.code(), "end", end), record -> new ParkFigures(
                        record.get("parkId").asString(),
                        record.get("target").isNull() ? null : record.get("target").asDouble(),
                        record.get("enterprises").asInt(), record.get("tax").asDouble(), record.get("land").asDouble(),
                        record.get("revenue").asDouble(), record.get("leadingRevenue").asDouble()));
        return ParkScoring.score(figures, ParkScoring.ONE_INDUSTRY_SHARE);
    }
}

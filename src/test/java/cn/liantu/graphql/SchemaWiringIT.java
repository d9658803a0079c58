package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.analysis.Exposure;
import cn.liantu.analysis.ExtensionCandidate;
import cn.liantu.analysis.ExternalDependency;
import cn.liantu.analysis.InvestmentTarget;
import cn.liantu.analysis.KeyInput;
import cn.liantu.analysis.ScoreIndicators;
import cn.liantu.analysis.SegmentAssessment;
import cn.liantu.analysis.SupplyDemandMatch;
import cn.liantu.analysis.TargetReason;
import cn.liantu.analysis.TierSummary;
import cn.liantu.domain.ChainLeader;
import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.Enterprise;
import cn.liantu.domain.IndustryChain;
import cn.liantu.domain.Park;
import cn.liantu.domain.Product;
import cn.liantu.domain.Project;
import cn.liantu.domain.ProjectSegment;
import cn.liantu.domain.Ranking;
import cn.liantu.domain.RdInstitution;
import cn.liantu.domain.Region;
import cn.liantu.domain.SegmentFlow;
import cn.liantu.domain.StageDate;
import cn.liantu.domain.SupplyRelation;
import cn.liantu.domain.Technology;
import cn.liantu.service.AnalysisScope;
import cn.liantu.service.ChainGapReport;
import cn.liantu.service.ExposureReport;
import cn.liantu.service.SupplyChainReport;
import cn.liantu.support.TestServer;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field of every object type in the SDL either has a data fetcher of its own or is read
 * from a property of the Java type that backs it. A new field left unwired fails here.
 */
class SchemaWiringIT {

    private static final Map<String, Class<?>> BACKING_TYPES = Map.ofEntries(
            Map.entry("Region", Region.class),
            Map.entry("IndustryChain", IndustryChain.class),
            Map.entry("ChainSegment", ChainSegment.class),
            Map.entry("SegmentFlow", SegmentFlow.class),
            Map.entry("Product", Product.class),
            Map.entry("Technology", Technology.class),
            Map.entry("RdInstitution", RdInstitution.class),
            Map.entry("ChainLeader", ChainLeader.class),
            Map.entry("Enterprise", Enterprise.class),
            Map.entry("Ranking", Ranking.class),
            Map.entry("SupplyRelation", SupplyRelation.class),
            Map.entry("Park", Park.class),
            Map.entry("Project", Project.class),
            Map.entry("ProjectSegment", ProjectSegment.class),
            Map.entry("StageDate", StageDate.class),
            Map.entry("PageInfo", Connection.PageInfo.class),
            Map.entry("SearchHit", SearchFetchers.SearchHit.class),
            Map.entry("About", AboutFetchers.About.class),
            Map.entry("ChainGapReport", ChainGapReport.class),
            Map.entry("Scope", AnalysisScope.class),
            Map.entry("SegmentAssessment", SegmentAssessment.class),
            Map.entry("ScoreIndicators", ScoreIndicators.class),
            Map.entry("ServingProject", AnalysisLoaders.ServingProject.class),
            Map.entry("ExtensionCandidate", ExtensionCandidate.class),
            Map.entry("ExternalDependency", ExternalDependency.class),
            Map.entry("DependencySupplier", KeyInput.InputSupplier.class),
            Map.entry("InvestmentTarget", InvestmentTarget.class),
            Map.entry("TargetReason", TargetReason.class),
            Map.entry("SupplyChain", SupplyChainReport.class),
            Map.entry("SupplyTier", TierSummary.class),
            Map.entry("SupplyChainEntry", SupplyChainReport.Entry.class),
            Map.entry("Exposure", ExposureReport.class),
            Map.entry("ExposedEnterprise", Exposure.Affected.class),
            Map.entry("SupplyDemandMatch", SupplyDemandMatch.class),
            Map.entry("ImportResult", ImportFetchers.ImportResult.class),
            Map.entry("ImportCounts", ImportFetchers.ImportCounts.class),
            Map.entry("ImportProblem", cn.liantu.importer.ImportReport.Problem.class),
            Map.entry("ProjectChange", Loaders.ProjectChange.class),
            Map.entry("ProjectLedger", cn.liantu.analysis.ledger.Ledger.Result.class),
            Map.entry("LedgerRow", cn.liantu.analysis.ledger.LedgerRow.class),
            Map.entry("OverdueProject", cn.liantu.service.LedgerService.OverdueProject.class),
            Map.entry("ParkScore", cn.liantu.analysis.park.ParkScore.class),
            Map.entry("Caller", cn.liantu.security.Caller.class),
            Map.entry("ApiKey", cn.liantu.security.ApiKeyStore.ApiKey.class),
            Map.entry("NewApiKey", cn.liantu.security.ApiKeyStore.CreatedKey.class),
            Map.entry("AuditEntry", cn.liantu.security.AuditLog.Entry.class),
            Map.entry("ProjectEvent", cn.liantu.service.ProjectEvents.ProjectEvent.class));

    @Test
    void everyFieldIsWired() {
        GraphQLSchema schema = TestServer.bean(GraphQLSchema.class);
        List<String> unwired = new ArrayList<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(t -> !t.getName().startsWith("__")).toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                DataFetcher<?> fetcher = schema.getCodeRegistry()
                        .getDataFetcher(FieldCoordinates.coordinates(type, field), field);
                if (fetcher instanceof PropertyDataFetcher<?> && !backedByProperty(type.getName(), field.getName())) {
                    unwired.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertThat(unwired).as("fields with neither a fetcher nor a backing property").isEmpty();
    }

    private static boolean backedByProperty(String typeName, String fieldName) {
        if (typeName.endsWith("Edge")) {
            return hasAccessor(Connection.Edge.class, fieldName);
        }
        Class<?> backing = BACKING_TYPES.get(typeName);
        return backing != null && hasAccessor(backing, fieldName);
    }

    private static boolean hasAccessor(Class<?> type, String name) {
        String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return Arrays.stream(type.getMethods()).anyMatch(method -> method.getParameterCount() == 0
                && (method.getName().equals(name) || method.getName().equals(getter)));
    }
}

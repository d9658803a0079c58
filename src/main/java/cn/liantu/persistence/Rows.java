package cn.liantu.persistence;

import cn.liantu.domain.ChainCategory;
import cn.liantu.domain.ChainLeader;
import cn.liantu.domain.ChainPosition;
import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.Enterprise;
import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.IndustryChain;
import cn.liantu.domain.KeyLinkType;
import cn.liantu.domain.Ownership;
import cn.liantu.domain.Park;
import cn.liantu.domain.ParkLevel;
import cn.liantu.domain.ParkType;
import cn.liantu.domain.Product;
import cn.liantu.domain.Project;
import cn.liantu.domain.ProjectKeyLevel;
import cn.liantu.domain.ProjectStage;
import cn.liantu.domain.Ranking;
import cn.liantu.domain.RdInstitution;
import cn.liantu.domain.RdInstitutionType;
import cn.liantu.domain.Region;
import cn.liantu.domain.RegionLevel;
import cn.liantu.domain.StageDate;
import cn.liantu.domain.Technology;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.neo4j.driver.Value;

/** Maps stored nodes (driver values) to domain records. */
public final class Rows {

    private Rows() {
    }

    public static Region region(Value node) {
        return new Region(string(node, "code"), string(node, "name"), enumOf(RegionLevel.class, node, "level"),
                string(node, "parentCode"));
    }

    public static IndustryChain chain(Value node) {
        return new IndustryChain(string(node, "id"), string(node, "name"),
                enumOf(ChainCategory.class, node, "category"), string(node, "description"));
    }

    public static ChainSegment segment(Value node) {
        return new ChainSegment(string(node, "id"), string(node, "chainId"), string(node, "parentId"),
                string(node, "name"), enumOf(ChainPosition.class, node, "position"),
                node.get("level").asInt(1), node.get("keyLink").asBoolean(false),
                enumOf(KeyLinkType.class, node, "keyLinkType"), decimal(node, "weight"),
                node.get("leaf").asBoolean(true));
    }

    public static Product product(Value node) {
        return new Product(string(node, "id"), string(node, "name"));
    }

    public static Technology technology(Value node) {
        return new Technology(string(node, "id"), string(node, "name"));
    }

    public static RdInstitution rdInstitution(Value node) {
        return new RdInstitution(string(node, "id"), string(node, "name"),
                enumOf(RdInstitutionType.class, node, "type"), string(node, "regionCode"));
    }

    public static Enterprise enterprise(Value node) {
        return new Enterprise(string(node, "id"), string(node, "uscc"), string(node, "stockCode"),
                string(node, "name"), enumOf(Ownership.class, node, "ownership"), decimal(node, "revenue"),
                decimal(node, "tax"), integer(node, "employees"), decimal(node, "landAreaMu"),
                date(node, "foundedOn"), date(node, "closedOn"), integer(node, "patents"),
                list(node, "tags", value -> EnterpriseTag.valueOf(value.asString())),
                list(node, "rankings", value -> Ranking.parse(value.asString())),
                string(node, "regionCode"), string(node, "parkId"));
    }

    public static Park park(Value node) {
        return new Park(string(node, "id"), string(node, "name"), enumOf(ParkLevel.class, node, "level"),
                enumOf(ParkType.class, node, "type"), string(node, "regionCode"), decimal(node, "areaMu"),
                decimal(node, "targetTaxPerMu"), date(node, "approvedOn"), string(node, "leadingIndustries"));
    }

    public static Project project(Value node) {
        List<StageDate> stageDates = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.values()) {
            LocalDate date = date(node, stage.dateProperty());
            if (date != null) {
                stageDates.add(new StageDate(stage, date));
            }
        }
        ProjectKeyLevel keyLevel = enumOf(ProjectKeyLevel.class, node, "keyLevel");
        return new Project(string(node, "id"), string(node, "name"), string(node, "investorId"),
                string(node, "parkId"), string(node, "regionCode"), string(node, "chainId"),
                decimal(node, "amount"), decimal(node, "fundsInPlace"), enumOf(ProjectStage.class, node, "stage"),
                List.copyOf(stageDates), string(node, "responsible"),
                keyLevel == null ? ProjectKeyLevel.NONE : keyLevel, string(node, "terminationReason"),
                node.get("version").asInt(1));
    }

    public static ChainLeader chainLeader(Value row) {
        return new ChainLeader(row.get("enterpriseId").asString(), row.get("chainId").asString(),
                row.get("regionCode").asString(), row.get("since").isNull() ? null : row.get("since").asInt());
    }

    static String string(Value node, String key) {
        Value value = node.get(key);
        return value.isNull() ? null : value.asString();
    }

    static Double decimal(Value node, String key) {
        Value value = node.get(key);
        return value.isNull() ? null : value.asDouble();
    }

    static Integer integer(Value node, String key) {
        Value value = node.get(key);
        return value.isNull() ? null : value.asInt();
    }

    static LocalDate date(Value node, String key) {
        Value value = node.get(key);
        return value.isNull() ? null : value.asLocalDate();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, Value node, String key) {
        Value value = node.get(key);
        return value.isNull() ? null : Enum.valueOf(type, value.asString());
    }

    static <T> List<T> list(Value node, String key, Function<Value, T> mapper) {
        Value value = node.get(key);
        return value.isNull() ? List.of() : value.asList(mapper::apply);
    }
}

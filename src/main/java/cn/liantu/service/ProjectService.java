package cn.liantu.service;

import cn.liantu.analysis.ledger.StageMove;
import cn.liantu.domain.Project;
import cn.liantu.domain.ProjectStage;
import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.ImportEngine;
import cn.liantu.importer.ImportOptions;
import cn.liantu.importer.ImportProgress;
import cn.liantu.importer.ImportReport;
import cn.liantu.importer.ImportRows;
import cn.liantu.importer.RecordType;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.persistence.Rows;
import cn.liantu.security.Caller;
import cn.liantu.security.RegionGuard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Writes to the project ledger. Every write validates like the import does, runs in one
 * transaction that first takes the project's lock, refuses a stale version with CONFLICT, and
 * records the change in the project's history; a refused write changes nothing. An editor limited
 * to a region may write only projects in it, before and after the change. Each write carries a
 * request id kept with its change, so that a transaction retried after an unclear commit (by the
 * driver, or by a client repeating its Idempotency-Key) is not applied twice.
 */
@Singleton
public class ProjectService {

    private static final List<String> DETAIL_FIELDS = List.of("name", "investorId", "parkId", "regionCode", "chainId",
            "amount", "fundsInPlace", "responsible", "keyLevel");

    private final Cypher cypher;
    private final ImportEngine importEngine;
    private final RegionGuard regionGuard;
    private final ProjectEvents events;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public ProjectService(Cypher cypher, ImportEngine importEngine, RegionGuard regionGuard, ProjectEvents events) {
        this.cypher = cypher;
        this.importEngine = importEngine;
        this.regionGuard = regionGuard;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** A change as recorded in the history; {@code requestId} identifies the write that made it. */
    record Change(String kind, ProjectStage stage, LocalDate date, String note, String by, List<String> changes,
                  String requestId) {
    }

    public Project create(Map<String, Object> input, Caller caller, String requestId) {
        String id = input.get("id") == null ? "proj-" + UUID.randomUUID().toString().substring(0, 8)
                : input.get("id").toString().trim();
        ProjectStage stage = input.get("stage") == null ? ProjectStage.RESERVE
                : ProjectStage.valueOf(input.get("stage").toString());
        if (stage == ProjectStage.TERMINATED) {
            throw ApiException.badInput("A project cannot be created TERMINATED");
        }
        LocalDate stageDate = input.get("stageDate") == null ? LocalDate.now(clock) : (LocalDate) input.get("stageDate");
        Map<String, Object> record = projectRecord(id, input, stage, Map.of(stage.name(), stageDate.toString()));
        validate(record);
        regionGuard.require(caller, (String) record.get("regionCode"), "Project '" + id + "'");
        Written written = cypher.inWriteTransaction(tx -> {
            Optional<String> applied = alreadyApplied(tx, requestId);
            if (applied.isPresent()) {
                return new Written(applied.get(), false);
            }
            if (!tx.run(QueryCatalog.get("project/find_projects_by_ids").text(), Map.of("keys", List.of(id)))
                    .list().isEmpty()) {
                throw new ApiException(ErrorCode.CONFLICT, "A project with id '" + id + "' already exists");
            }
            upsertDetails(tx, record);
            writeState(tx, id, 1, Map.of(), new Change("CREATED", stage, stageDate, null, caller.id(), List.of(),
                    requestId));
            return new Written(id, true);
        });
        return published(written, "CREATED", caller);
    }

    public Project update(String id, int version, Map<String, Object> input, Caller caller, String requestId) {
        Project current = read(id);
        if (input.get("stage") != null && !input.get("stage").toString().equals(current.stage().name())) {
            throw ApiException.badInput("updateProject does not change the stage (" + current.stage() + " now);"
                    + " use advanceProjectStage or terminateProject");
        }
        Map<String, Object> stageDates = new LinkedHashMap<>();
        current.stageDates().forEach(d -> stageDates.put(d.stage().name(), d.date().toString()));
        Map<String, Object> record = projectRecord(id, input, current.stage(), stageDates);
        if (current.terminationReason() != null) {
            record.put("terminationReason", current.terminationReason());
        }
        validate(record);
        regionGuard.require(caller, (String) record.get("regionCode"), "Project '" + id + "'");
        return locked(id, version, caller, requestId, "UPDATED", (tx, locked) -> {
            List<String> changes = detailChanges(locked, record);
            upsertDetails(tx, record);
            writeState(tx, id, version + 1, Map.of(),
                    new Change("UPDATED", locked.stage(), null, null, caller.id(), changes, requestId));
        });
    }

    public Project advance(String id, int version, ProjectStage stage, LocalDate date, String note, Caller caller,
                           String requestId) {
        if (stage == ProjectStage.TERMINATED) {
            throw ApiException.badInput("Use terminateProject to terminate a project, with its reason");
        }
        return moveStage(id, version, stage, date, note, caller, requestId, Map.of());
    }

    public Project terminate(String id, int version, LocalDate date, String reason, Caller caller,
                             String requestId) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.badInput("Give the reason for terminating the project");
        }
        return moveStage(id, version, ProjectStage.TERMINATED, date, reason, caller, requestId,
                Map.of("terminationReason", reason.trim()));
    }

    private Project moveStage(String id, int version, ProjectStage stage, LocalDate date, String note, Caller caller,
                              String requestId, Map<String, Object> extra) {
        String kind = stage == ProjectStage.TERMINATED ? "TERMINATED" : "STAGE_ADVANCED";
        return locked(id, version, caller, requestId, kind, (tx, locked) -> {
            StageMove.problem(locked.stage(), locked.stageDates(), stage, date).ifPresent(problem -> {
                throw ApiException.badInput(problem);
            });
            Map<String, Object> properties = new HashMap<>(extra);
            properties.put("stage", stage.name());
            properties.put(stage.dateProperty(), date);
            properties.put("stageDate", date);
            writeState(tx, id, version + 1, properties, new Change(kind, stage, date, note, caller.id(),
                    List.of("stage: " + locked.stage() + " → " + stage), requestId));
        });
    }

    interface LockedWork {
        void run(TransactionContext tx, Project locked);
    }

    /**
     * Runs {@code work} holding the project's lock, after checking it exists, has {@code version}
     * and lies in the caller's region.
     */
    private Project locked(String id, int version, Caller caller, String requestId, String kind, LockedWork work) {
        Written written = cypher.inWriteTransaction(tx -> {
            if (alreadyApplied(tx, requestId).isPresent()) {
                return new Written(id, false);
            }
            List<Record> rows = tx.run(QueryCatalog.get("project/lock_project").text(), Map.of("id", id)).list();
            if (rows.isEmpty()) {
                throw ApiException.notFound("No project with id '" + id + "'");
            }
            Project locked = Rows.project(rows.getFirst().get("item"));
            if (locked.version() != version) {
                throw new ApiException(ErrorCode.CONFLICT, "Project '" + id + "' is at version " + locked.version()
                        + ", not " + version + ": someone changed it since you read it; read it again and retry");
            }
            regionGuard.require(caller, locked.regionCode(), "Project '" + id + "'");
            work.run(tx, locked);
            return new Written(id, true);
        });
        return published(written, kind, caller);
    }

    /** Which project a write changed, and whether this call changed it (not a repeat). */
    private record Written(String id, boolean fresh) {
    }

    /** The project after a write; a fresh write is announced to subscribers once it has committed. */
    private Project published(Written written, String kind, Caller caller) {
        Project project = read(written.id());
        if (written.fresh()) {
            events.published(new ProjectEvents.ProjectEvent(kind, project.id(), project.stage().name(),
                    project.version(), caller.id(), Instant.now(clock).toString(), project));
        }
        return project;
    }

    /**
     * The project a write with this request id already changed: the driver retrying a transaction
     * whose commit it did not hear of, or a client repeating a request with its Idempotency-Key.
     */
    private static Optional<String> alreadyApplied(TransactionContext tx, String requestId) {
        var rows = tx.run(QueryCatalog.get("project/find_change_of_request").text(), Map.of("requestId", requestId))
                .list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst().get("projectId").asString());
    }

    public Project read(String id) {
        List<Project> found = cypher.read(QueryCatalog.get("project/find_projects_by_ids"), Map.of("keys", List.of(id)),
                record -> Rows.project(record.get("item")));
        if (found.isEmpty()) {
            throw ApiException.notFound("No project with id '" + id + "'");
        }
        return found.getFirst();
    }

    private void validate(Map<String, Object> record) {
        String line;
        try {
            line = json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ImportReport report = importEngine.run(DatasetSource.inMemoryLines(Map.of(RecordType.PROJECTS, List.of(line)),
                Map.of(RecordType.PROJECTS, "input")), new ImportOptions(true, false, 1), ImportProgress.NONE);
        if (!report.problems().isEmpty()) {
            throw ApiException.badInput(report.problems().stream().map(ImportReport.Problem::reason)
                    .collect(Collectors.joining("; ")));
        }
    }

    private static Map<String, Object> projectRecord(String id, Map<String, Object> input, ProjectStage stage,
                                                     Map<String, Object> stageDates) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        for (String field : List.of("name", "investor", "parkId", "regionCode", "chainId", "amount", "fundsInPlace",
                "responsible", "keyLevel")) {
            record.put(field, input.get(field));
        }
        record.put("segments", input.get("segments"));
        record.put("stage", stage.name());
        record.put("stageDates", stageDates);
        return record;
    }

    private static void upsertDetails(TransactionContext tx, Map<String, Object> record) {
        Map<String, Object> row = ImportRows.toRow(RecordType.PROJECTS, record);
        Object investor = row.get("investor");
        if (investor != null && investor.toString().startsWith("stock:")) {
            // A listed investor named by its stock code is stored under its USCC when it has one.
            Map<String, String> ids = new HashMap<>();
            tx.run(QueryCatalog.get("import/find_enterprises_by_stock_keys").text(), Map.of("keys", List.of(investor)))
                    .list().forEach(r -> ids.put(r.get("key").asString(), r.get("id").asString()));
            row = ImportRows.withEnterpriseIds(RecordType.PROJECTS, row, ids);
        }
        tx.run(QueryCatalog.get(RecordType.PROJECTS.upsertQuery()).text(), Map.of("rows", List.of(row))).consume();
    }

    private void writeState(TransactionContext tx, String id, int newVersion, Map<String, Object> properties,
                            Change change) {
        Map<String, Object> recorded = new HashMap<>();
        recorded.put("kind", change.kind());
        recorded.put("stage", change.stage().name());
        recorded.put("date", change.date());
        recorded.put("note", change.note());
        recorded.put("by", change.by());
        recorded.put("at", Instant.now(clock).toString());
        recorded.put("changes", change.changes());
        recorded.put("requestId", change.requestId());
        tx.run(QueryCatalog.get("project/set_project_state").text(),
                Map.of("id", id, "properties", properties, "version", newVersion, "change", recorded)).consume();
    }

    private static List<String> detailChanges(Project before, Map<String, Object> record) {
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("name", before.name());
        old.put("investorId", before.investorId());
        old.put("parkId", before.parkId());
        old.put("regionCode", before.regionCode());
        old.put("chainId", before.chainId());
        old.put("amount", before.amount());
        old.put("fundsInPlace", before.fundsInPlace());
        old.put("responsible", before.responsible());
        old.put("keyLevel", before.keyLevel() == null ? null : before.keyLevel().name());
        Map<String, Object> now = new LinkedHashMap<>(record);
        now.put("investorId", ImportRows.enterpriseRef(record.get("investor")));
        now.put("keyLevel", record.get("keyLevel") == null ? "NONE" : record.get("keyLevel"));
        List<String> changes = new ArrayList<>();
        for (String field : DETAIL_FIELDS) {
            Object was = old.get(field);
            Object is = now.get(field);
            if (!Objects.equals(normal(was), normal(is))) {
                changes.add(field + ": " + was + " → " + is);
            }
        }
        return changes;
    }

    private static Object normal(Object value) {
        return value instanceof Number number ? number.doubleValue() : value;
    }
}

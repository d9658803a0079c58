package cn.liantu.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.persistence.GraphDatabase;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, on a demo database of its own: every write as each role, region-limited
 * editors, bad credentials, API keys and the audit log. Projects used here (all 洛阳, version 1 in
 * the demo): prj-019/030/033 for EDITOR, prj-035/042/046 for ADMIN, prj-020/024/025 for regions.
 */
class SecurityIT {

    private static EmbeddedServer server;
    private static GraphQLClient anonymous;

    private static final String PROJECT = "id version stage region { code }";

    @BeforeAll
    static void start() {
        server = TestServer.demoWriter();
        anonymous = new GraphQLClient(server.getURI());
    }

    private static GraphQLClient as(Role role) {
        return anonymous.as(role, null);
    }

    private static GraphQLClient.Response update(GraphQLClient client, String id, String regionCode, String name) {
        int version = version(id);
        return client.query("mutation($id: ID!, $v: Int!, $input: ProjectInput!) { updateProject(id: $id, version: $v,"
                        + " input: $input) { " + PROJECT + " } }",
                Map.of("id", id, "v", version, "input", Map.of("name", name, "regionCode", regionCode)));
    }

    private static GraphQLClient.Response advance(GraphQLClient client, String id, String stage) {
        return client.query("mutation($id: ID!, $v: Int!, $s: ProjectStage!) { advanceProjectStage(id: $id, version: $v,"
                + " stage: $s, date: \"2026-11-21\") { " + PROJECT + " } }", Map.of("id", id, "v", version(id), "s", stage));
    }

    private static GraphQLClient.Response terminate(GraphQLClient client, String id) {
        return client.query("mutation($id: ID!, $v: Int!) { terminateProject(id: $id, version: $v, date: \"2026-11-21\","
                + " reason: \"投资方撤回\") { " + PROJECT + " } }", Map.of("id", id, "v", version(id)));
    }

    private static GraphQLClient.Response create(GraphQLClient client, String id, String regionCode) {
        return client.query("mutation($input: ProjectInput!) { createProject(input: $input) { " + PROJECT + " } }",
                Map.of("input", Map.of("id", id, "name", "权限测试项目 " + id, "regionCode", regionCode,
                        "stageDate", "2026-11-01")));
    }

    private static GraphQLClient.Response upsertPark(GraphQLClient client, String id, String regionCode) {
        return client.query("mutation($input: RecordBatchInput!) { upsertRecords(input: $input) { written } }",
                Map.of("input", Map.of("parks", List.of(Map.of("id", id, "name", "权限测试园区 " + id,
                        "level", "OTHER", "type", "OTHER", "regionCode", regionCode)))));
    }

    private static GraphQLClient.Response upsertSegment(GraphQLClient client, String id) {
        return client.query("mutation($input: RecordBatchInput!) { upsertRecords(input: $input) { written } }",
                Map.of("input", Map.of("segments", List.of(Map.of("id", id, "chainId", "nev", "name", "测试环节",
                        "position", "MIDSTREAM", "level", 1)))));
    }

    private static GraphQLClient.Response createKey(GraphQLClient client, String name, String role, String region) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", name);
        variables.put("role", role);
        variables.put("region", region);
        return client.query("mutation($name: String!, $role: Role!, $region: String) { createApiKey(name: $name,"
                + " role: $role, regionCode: $region) { key apiKey { id name role regionCode createdBy revokedAt } } }",
                variables);
    }

    private static GraphQLClient.Response revokeKey(GraphQLClient client, String id) {
        return client.query("mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }", Map.of("id", id));
    }

    private static int version(String id) {
        JsonNode project = as(Role.ADMIN).query("query($id: ID!) { project(id: $id) { version } }", Map.of("id", id))
                .dataWithoutErrors().path("project");
        return project.isNull() ? 1 : project.path("version").asInt();
    }

    private static boolean exists(String query, Map<String, Object> variables, String field) {
        return !as(Role.ADMIN).query(query, variables).dataWithoutErrors().path(field).isNull();
    }

    private static boolean projectExists(String id) {
        return exists("query($id: ID!) { project(id: $id) { id } }", Map.of("id", id), "project");
    }

    private static boolean parkExists(String id) {
        return exists("query($id: ID!) { park(id: $id) { id } }", Map.of("id", id), "park");
    }

    private static void assertRefused(GraphQLClient.Response response, String code) {
        assertThat(response.firstErrorCode()).as(response.body().toString()).isEqualTo(code);
    }

    @Test
    void readersCannotWriteAndTheirAttemptsChangeNothing() {
        for (GraphQLClient client : List.of(anonymous, as(Role.VIEWER), as(Role.ANALYST))) {
            String code = client == anonymous ? "UNAUTHENTICATED" : "FORBIDDEN";
            assertRefused(update(client, "prj-019", "410305", "改名"), code);
            assertRefused(advance(client, "prj-030", "NEGOTIATING"), code);
            assertRefused(terminate(client, "prj-033"), code);
            assertRefused(create(client, "sec-reader", "410305"), code);
            assertRefused(upsertPark(client, "sec-park-reader", "410305"), code);
            assertRefused(createKey(client, "reader key", "VIEWER", null), code);
            assertRefused(revokeKey(client, "0000000000000000"), code);
        }
        assertThat(List.of(version("prj-019"), version("prj-030"), version("prj-033"))).containsOnly(1);
        assertThat(projectExists("sec-reader")).isFalse();
        assertThat(parkExists("sec-park-reader")).isFalse();
    }

    @Test
    void editorsWriteButDoNotManageKeys() {
        GraphQLClient editor = as(Role.EDITOR);
        assertThat(update(editor, "prj-019", "410305", "编辑改名").dataWithoutErrors().path("updateProject")
                .path("version").asInt()).isEqualTo(2);
        assertThat(advance(editor, "prj-030", "NEGOTIATING").dataWithoutErrors().path("advanceProjectStage")
                .path("stage").asText()).isEqualTo("NEGOTIATING");
        assertThat(terminate(editor, "prj-033").dataWithoutErrors().path("terminateProject").path("stage").asText())
                .isEqualTo("TERMINATED");
        assertThat(create(editor, "sec-editor", "410305").dataWithoutErrors().path("createProject").path("version")
                .asInt()).isEqualTo(1);
        assertThat(upsertPark(editor, "sec-park-editor", "410305").dataWithoutErrors().path("upsertRecords")
                .path("written").asBoolean()).isTrue();
        assertRefused(createKey(editor, "editor key", "VIEWER", null), "FORBIDDEN");
        assertRefused(revokeKey(editor, "0000000000000000"), "FORBIDDEN");
        assertThat(parkExists("sec-park-editor")).isTrue();
    }

    @Test
    void adminsDoEverything() {
        GraphQLClient admin = as(Role.ADMIN);
        update(admin, "prj-035", "410305", "管理员改名").dataWithoutErrors();
        advance(admin, "prj-042", "NEGOTIATING").dataWithoutErrors();
        terminate(admin, "prj-046").dataWithoutErrors();
        create(admin, "sec-admin", "410305").dataWithoutErrors();
        upsertPark(admin, "sec-park-admin", "410305").dataWithoutErrors();
        String keyId = createKey(admin, "admin key", "VIEWER", null).dataWithoutErrors().path("createApiKey")
                .path("apiKey").path("id").asText();
        assertThat(revokeKey(admin, keyId).dataWithoutErrors().path("revokeApiKey").path("revokedAt").isNull()).isFalse();
        assertThat(List.of(version("prj-035"), version("prj-042"), version("prj-046"))).containsOnly(2);
    }

    @Test
    void analysesNeedTheAnalystRole() {
        String report = "{ chainGapReport(chainId: \"nev\", scope: {regionCode: \"410300\"}, asOfYear: 2026) { blankCount } }";
        assertRefused(as(Role.VIEWER).query(report), "FORBIDDEN");
        assertThat(as(Role.ANALYST).query(report).dataWithoutErrors().path("chainGapReport").has("blankCount")).isTrue();
        // The embedded demo lets anonymous callers analyse, so GraphiQL's examples run as they are.
        assertThat(anonymous.query(report).dataWithoutErrors().path("chainGapReport").has("blankCount")).isTrue();
        assertThat(anonymous.query("{ me { id role method } }").dataWithoutErrors().path("me").toString())
                .isEqualTo("{\"id\":\"anonymous\",\"role\":\"ANALYST\",\"method\":\"ANONYMOUS\"}");
    }

    @Test
    void regionLimitedEditorsWriteOnlyInsideTheirRegion() {
        GraphQLClient jianxi = anonymous.as(Role.EDITOR, "410305");
        assertThat(update(jianxi, "prj-020", "410305", "涧西改名").dataWithoutErrors().path("updateProject")
                .path("version").asInt()).isEqualTo(2);
        assertRefused(update(jianxi, "prj-024", "410307", "越权改名"), "FORBIDDEN");
        assertRefused(update(jianxi, "prj-025", "410307", "迁出涧西"), "FORBIDDEN");
        assertRefused(create(jianxi, "sec-outside", "410307"), "FORBIDDEN");
        assertRefused(upsertPark(jianxi, "sec-park-outside", "410307"), "FORBIDDEN");
        assertRefused(upsertSegment(jianxi, "sec-segment"), "FORBIDDEN");
        assertThat(upsertPark(jianxi, "sec-park-inside", "410305").dataWithoutErrors().path("upsertRecords")
                .path("written").asBoolean()).isTrue();
        assertThat(List.of(version("prj-024"), version("prj-025"))).containsOnly(1);
        assertThat(projectExists("sec-outside")).isFalse();
        assertThat(parkExists("sec-park-outside")).isFalse();
        // The city's editor reaches every county below it.
        assertThat(update(anonymous.as(Role.EDITOR, "410300"), "prj-024", "410307", "市级改名").dataWithoutErrors()
                .path("updateProject").path("version").asInt()).isEqualTo(2);
    }

    @Test
    void badCredentialsAreRefusedBeforeAnythingRuns() {
        byte[] secret = TestServer.JWT_SECRET.getBytes(StandardCharsets.UTF_8);
        String expired = new TokenMinter(secret).mint("late", Role.ADMIN, null, Duration.ofHours(1),
                Instant.now().minus(Duration.ofHours(3)));
        String forged = new TokenMinter("another-secret-of-at-least-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8))
                .mint("forger", Role.ADMIN, null, Duration.ofHours(1), Instant.now());
        for (String credential : List.of(expired, forged, "not-a-token", "ltk_0123456789abcdef_"
                + "A".repeat(43))) {
            GraphQLClient.Response response = anonymous.withBearer(credential)
                    .post("{\"query\":\"{ me { id } }\"}", "application/json", "application/graphql-response+json");
            assertThat(response.status()).as(credential).isEqualTo(401);
            assertThat(response.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
            assertThat(response.body().has("data")).isFalse();
        }
        GraphQLClient.Response basic = anonymous.withHeader("Authorization", "Basic dXNlcjpwYXNz")
                .query("{ me { id } }");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.errors().path(0).path("message").asText()).contains("Bearer");
    }

    @Test
    void apiKeysAreStoredHashedAndStopWorkingWhenRevoked() {
        JsonNode created = createKey(as(Role.ADMIN), "涧西区招商局", "EDITOR", "410305").dataWithoutErrors()
                .path("createApiKey");
        String key = created.path("key").asText();
        String id = created.path("apiKey").path("id").asText();
        assertThat(key).matches("ltk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}").contains(id);
        assertThat(created.path("apiKey").path("createdBy").asText()).isEqualTo("admin");

        GraphQLClient bearer = anonymous.withBearer(key);
        assertThat(bearer.query("{ me { id role regionCode method } }").dataWithoutErrors().path("me").toString())
                .isEqualTo("{\"id\":\"key:" + id + "\",\"role\":\"EDITOR\",\"regionCode\":\"410305\",\"method\":\"API_KEY\"}");
        assertThat(update(anonymous.withHeader("X-API-Key", key), "prj-038", "410305", "密钥改名").dataWithoutErrors()
                .path("updateProject").path("version").asInt()).isEqualTo(2);

        Map<String, Object> stored = server.getApplicationContext().getBean(GraphDatabase.class).driver()
                .executableQuery("MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS p").withParameters(Map.of("id", id))
                .execute().records().getFirst().get("p").asMap();
        assertThat(stored.get("hash")).isEqualTo(ApiKeyFormat.hash(key));
        assertThat(stored.values()).noneMatch(value -> String.valueOf(value).contains(key.substring(22)));

        revokeKey(as(Role.ADMIN), id).dataWithoutErrors();
        GraphQLClient.Response after = bearer.query("{ me { id } }");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void theAuditLogRecordsWritesMadeAndRefused() {
        byte[] secret = TestServer.JWT_SECRET.getBytes(StandardCharsets.UTF_8);
        GraphQLClient auditor = anonymous.withBearer(new TokenMinter(secret).mint("auditor-test", Role.EDITOR, "410305",
                Duration.ofHours(1), Instant.now()));
        update(auditor, "prj-044", "410305", "审计测试").dataWithoutErrors();
        assertRefused(update(auditor, "prj-029", "410307", "审计越权"), "FORBIDDEN");
        assertRefused(createKey(auditor, "auditor key", "ADMIN", null), "FORBIDDEN");

        String log = "query($caller: String) { auditLog(caller: $caller, first: 10) { totalCount edges { node {"
                + " caller role operation outcome target changes reason at } } } }";
        assertRefused(as(Role.EDITOR).query(log, Map.of("caller", "auditor-test")), "FORBIDDEN");
        JsonNode entries = as(Role.ADMIN).query(log, Map.of("caller", "auditor-test")).dataWithoutErrors()
                .path("auditLog");
        assertThat(entries.path("totalCount").asInt()).isEqualTo(3);
        List<String> lines = new java.util.ArrayList<>();
        entries.path("edges").forEach(edge -> {
            JsonNode entry = edge.path("node");
            lines.add(entry.path("operation").asText() + " " + entry.path("outcome").asText() + " "
                    + entry.path("target").asText() + " " + entry.path("role").asText());
        });
        assertThat(lines).containsExactly(
                "createApiKey DENIED null EDITOR",
                "updateProject DENIED prj-029 EDITOR",
                "updateProject ALLOWED prj-044 EDITOR");
        JsonNode allowed = entries.path("edges").path(2).path("node");
        assertThat(allowed.path("changes").asText()).contains("\"name\":\"审计测试\"");
        assertThat(entries.path("edges").path(1).path("node").path("reason").asText())
                .contains("outside your region 410305");
    }
}

package cn.liantu.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.security.Role;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that repeats a write with the same Idempotency-Key (say after a lost response) gets the
 * first write's result, and the write happens once. Uses prj-047 of the demo writer's data.
 */
class IdempotentWritesIT {

    private final GraphQLClient editor = new GraphQLClient(TestServer.demoWriter().getURI()).as(Role.EDITOR, null);

    @Test
    void aRepeatedCreateMakesOneProject() {
        String create = "mutation { createProject(input: {name: \"幂等测试项目\", regionCode: \"410308\","
                + " stageDate: \"2026-11-01\"}) { id version } }";
        GraphQLClient keyed = editor.withHeader("Idempotency-Key", "create-once-1");
        JsonNode first = keyed.query(create).dataWithoutErrors().path("createProject");
        JsonNode again = keyed.query(create).dataWithoutErrors().path("createProject");
        assertThat(again).isEqualTo(first);
        assertThat(editor.query("{ projects(filter: {nameContains: \"幂等测试项目\"}) { totalCount } }").dataWithoutErrors()
                .path("projects").path("totalCount").asInt()).isEqualTo(1);
        // Without the key the same request is a new write.
        assertThat(editor.query(create).dataWithoutErrors().path("createProject").path("id").asText())
                .isNotEqualTo(first.path("id").asText());
    }

    @Test
    void aRepeatedUpdateIsAppliedOnce() {
        String update = "mutation { updateProject(id: \"prj-047\", version: 1, input: {name: \"幂等改名\","
                + " regionCode: \"410308\"}) { version history { kind } } }";
        GraphQLClient keyed = editor.withHeader("Idempotency-Key", "update-once-1");
        JsonNode first = keyed.query(update).dataWithoutErrors().path("updateProject");
        JsonNode again = keyed.query(update).dataWithoutErrors().path("updateProject");
        assertThat(first.path("version").asInt()).isEqualTo(2);
        assertThat(again).isEqualTo(first);
        assertThat(first.path("history").findValuesAsText("kind").stream().filter("UPDATED"::equals)).hasSize(1);
        // The key is the caller's own: another caller repeating it makes a write of its own.
        GraphQLClient.Response other = editor.as(Role.ADMIN, null).withHeader("Idempotency-Key", "update-once-1")
                .query(update);
        assertThat(other.firstErrorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void anUnusableKeyIsBadInput() {
        GraphQLClient.Response response = editor.withHeader("Idempotency-Key", "k".repeat(201))
                .query("{ about { version } }");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
    }
}

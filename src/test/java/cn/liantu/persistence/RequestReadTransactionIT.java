package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liantu.support.TestServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

/** A query request's reads share one transaction, which the end of the request closes. */
class RequestReadTransactionIT {

    private static final CypherQuery ONE = new CypherQuery("test/one", "RETURN 1 AS one");
    private static final CypherQuery FAILING = new CypherQuery("test/failing", "RETURN 1 / $zero AS broken");

    private final Cypher cypher = TestServer.bean(Cypher.class);
    private final GraphDatabase database = TestServer.bean(GraphDatabase.class);

    @Test
    void aQueryRequestsReadsShareOneTransactionClosedAtItsEnd() {
        long before = openTransactions();
        RequestTrace.begin(Set.of(), true);
        RequestTrace trace;
        long during;
        try {
            cypher.read(ONE, Map.of());
            cypher.read(ONE, Map.of());
            cypher.read(ONE, Map.of());
            during = openTransactions();
        } finally {
            trace = RequestTrace.end();
        }
        assertThat(during - before).isEqualTo(1);
        assertThat(openTransactions()).isEqualTo(before);
        assertThat(trace.statements()).extracting(RequestTrace.Statement::name)
                .containsExactly("test/one", "test/one", "test/one");
    }

    @Test
    void withoutSharingEachReadEndsItsOwnTransaction() {
        long before = openTransactions();
        RequestTrace.begin(Set.of(), false);
        long during;
        try {
            cypher.read(ONE, Map.of());
            cypher.read(ONE, Map.of());
            during = openTransactions();
        } finally {
            RequestTrace.end();
        }
        assertThat(during).isEqualTo(before);
    }

    @Test
    void aFailedReadDropsTheTransactionAndTheNextReadStillAnswers() {
        RequestTrace.begin(Set.of(), true);
        try {
            assertThat(cypher.read(ONE, Map.of(), r -> r.get("one").asInt())).containsExactly(1);
            assertThatThrownBy(() -> cypher.read(FAILING, Map.of("zero", 0))).isInstanceOf(ClientException.class);
            assertThat(cypher.read(ONE, Map.of(), r -> r.get("one").asInt())).containsExactly(1);
        } finally {
            RequestTrace.end();
        }
    }

    /** Open transactions other than the one asking. */
    private long openTransactions() {
        try (Session session = database.driver().session(database.sessionConfig())) {
            List<String> queries = session.run("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery")
                    .list(r -> r.get("currentQuery").asString(""));
            return queries.stream().filter(q -> !q.startsWith("SHOW TRANSACTIONS")).count();
        }
    }
}

package cn.liantu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * One named request of the benchmark's mix: the GraphQL LianTu answers, and how the Neo4j
 * GraphQL Library serves the same question: with a query of its own over the mapped types
 * ({@link Library#NATIVE}, with {@code libraryQuery}), through @cypher fields holding the
 * statements LianTu sent ({@link Library#CYPHER}), or not at all.
 *
 * @param liantuCheck   what must be equal in LianTu's and the library's answer (e.g. counts),
 *                      read from LianTu's {@code data}
 * @param libraryCheck  the same read from the library's {@code data}
 */
record Operation(String name, String description, String liantuQuery, Library library, String libraryQuery,
                 Function<JsonNode, String> liantuCheck, Function<JsonNode, String> libraryCheck) {

    enum Library { NATIVE, CYPHER, NONE }

    static Operation viaCypher(String name, String description, String liantuQuery) {
        return new Operation(name, description, liantuQuery, Library.CYPHER, null, null, null);
    }
}

package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.persistence.ClasspathFiles;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every example operation GraphiQL offers runs as is on the demo data, without errors. */
class ExamplesRunIT {

    private static final Pattern QUERY = Pattern.compile("query: `(.*?)`", Pattern.DOTALL);

    @Test
    void everyExampleRunsOnTheDemoData() {
        String examples = ClasspathFiles.read("public/graphiql/examples.js");
        List<String> queries = new ArrayList<>();
        Matcher matcher = QUERY.matcher(examples);
        while (matcher.find()) {
            queries.add(matcher.group(1));
        }
        assertThat(queries).hasSize(12);
        GraphQLClient client = TestServer.client();
        for (String query : queries) {
            GraphQLClient.Response response = client.query(query);
            assertThat(response.errors().isMissingNode() || response.errors().isEmpty())
                    .as("errors of %s: %s", query.lines().filter(l -> l.startsWith("query")).findFirst().orElse(query),
                            response.errors())
                    .isTrue();
            assertThat(response.data().isObject()).isTrue();
        }
    }
}

package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.persistence.ClasspathFiles;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * /map and its files over plain HTTP (no browser needed): served from the jar with the right media
 * types, and nothing in them points outside the server (offline networks).
 */
class MapPageHttpIT {

    private static final List<String> FILES = List.of("map.js", "api.js", "format.js", "chainmap.js", "detail.js",
            "ledger.js", "map.css");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z]+\\.js)'");

    private final GraphQLClient client = TestServer.client();

    @Test
    void thePageIsServedAsUtf8Html() {
        HttpResponse<String> page = client.getRaw("/map");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).isEqualTo("text/html;charset=utf-8");
        assertThat(page.body()).contains("<title>链图 LianTu · 产业链图谱</title>")
                .contains("<script type=\"module\" src=\"/map/map.js\"></script>")
                .contains("<link rel=\"stylesheet\" href=\"/map/map.css\">");
    }

    @Test
    void everyScriptAndTheStylesAreServedWithTheirMediaType() {
        for (String file : FILES) {
            HttpResponse<String> response = client.getRaw("/map/" + file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(file).isEqualTo(file.endsWith(".css") ? "text/css" : "application/javascript");
        }
    }

    @Test
    void everyModuleImportedIsServedAndNothingComesFromElsewhere() {
        for (String file : FILES) {
            String text = ClasspathFiles.read("map/" + file).replace("'http://www.w3.org/2000/svg'", "SVG_NS");
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                assertThat(FILES).as("imported by " + file).contains(imports.group(1));
            }
            assertThat(text).as(file).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
        }
        assertThat(ClasspathFiles.read("map/index.html")).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void thePageReadsOnlyThePublicGraphQLEndpoint() {
        String api = ClasspathFiles.read("map/api.js");

        assertThat(api).contains("fetch('/graphql', { method: 'POST'");
        for (String file : FILES) {
            assertThat(ClasspathFiles.read("map/" + file).split("fetch\\(", -1)).as(file)
                    .hasSize(file.equals("api.js") ? 2 : 1);
        }
    }
}

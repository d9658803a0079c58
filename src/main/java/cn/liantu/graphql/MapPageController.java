package cn.liantu.graphql;

import cn.liantu.persistence.ClasspathFiles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * The analyst's page at /map: the chain map, the project funnel and the park scorecard, drawn in
 * the browser from the public GraphQL API. Its scripts and styles are served from the jar under
 * /map/ (application.yml), so it works on networks without Internet access.
 */
@Controller
public class MapPageController {

    private final String page = ClasspathFiles.read("map/index.html");

    @Get(uri = "/map", produces = MediaType.TEXT_HTML + ";charset=utf-8")
    public HttpResponse<String> map() {
        return HttpResponse.ok(page);
    }
}

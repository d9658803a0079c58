package cn.liantu.graphql;

import cn.liantu.persistence.ClasspathFiles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * GraphiQL at /graphiql, with React and GraphiQL served from the jar (WebJars), so it works on
 * networks without Internet access, as most government networks are.
 */
@Controller
public class GraphiQLPageController {

    private final String page = ClasspathFiles.read("graphiql/index.html");

    @Get(uri = "/graphiql", produces = MediaType.TEXT_HTML + ";charset=utf-8")
    public HttpResponse<String> graphiql() {
        return HttpResponse.ok(page);
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> home() {
        return HttpResponse.seeOther(java.net.URI.create("/graphiql"));
    }
}

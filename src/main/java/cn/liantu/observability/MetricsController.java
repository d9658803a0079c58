package cn.liantu.observability;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Prometheus scrapes /metrics (text exposition format). */
@Controller("/metrics")
public class MetricsController {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ApiMetrics metrics;

    public MetricsController(ApiMetrics metrics) {
        this.metrics = metrics;
    }

    @Get
    public HttpResponse<String> scrape() {
        return HttpResponse.ok(metrics.scrape()).header("Content-Type", PROMETHEUS_TEXT);
    }
}

package cn.liantu.service;

import cn.liantu.domain.Project;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Project writes made through this instance, as they commit, for subscriptions. Events come from
 * LianTu's own writes, not from the database, so each instance sees only its own writes: with
 * several instances behind a load balancer, a broker (e.g. Redis pub/sub or NATS) would have to
 * carry them between instances.
 */
@Singleton
public class ProjectEvents {

    /** One committed project write. */
    public record ProjectEvent(String kind, String projectId, String stage, int version, String by, String at,
                               Project project) {
    }

    private final Sinks.Many<ProjectEvent> sink = Sinks.many().multicast().directBestEffort();

    void published(ProjectEvent event) {
        // Several writer threads may publish at once: retry the emission instead of dropping it.
        sink.emitNext(event, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofMillis(100)));
    }

    /** Every event from now on; a slow subscriber misses events rather than holding writers back. */
    public Flux<ProjectEvent> stream() {
        return sink.asFlux().onBackpressureDrop();
    }

    @PreDestroy
    void close() {
        sink.tryEmitComplete();
    }
}

package cn.liantu.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * LianTu's own settings (prefix {@code liantu}), each with the environment variable that sets it.
 *
 * @param dataDir           directory of the embedded database (LIANTU_DATA_DIR)
 * @param boltListen        host:port where the embedded database also accepts Bolt connections
 *                          from other tools (LIANTU_BOLT_LISTEN); empty means loopback only, on a
 *                          free port used by LianTu itself
 * @param demoData          load the demo dataset into an empty embedded database
 * @param pageCacheMemory   embedded page cache size, e.g. 512m
 * @param maxPageSize       largest {@code first} a list accepts
 */
@ConfigurationProperties("liantu")
public record LiantuSettings(
        @Bindable(defaultValue = "./data") String dataDir,
        @Bindable(defaultValue = "") String boltListen,
        @Bindable(defaultValue = "true") boolean demoData,
        @Bindable(defaultValue = "512m") String pageCacheMemory,
        @Bindable(defaultValue = "100") int maxPageSize) {
}

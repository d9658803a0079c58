package cn.liantu.security;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.service.ApiException;
import cn.liantu.service.ErrorCode;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Value;

/**
 * API keys kept in the graph as their SHA-256 only. A verified key is trusted for a short while
 * (the cache TTL) so that each request does not cost a look-up; revoking on this instance takes
 * effect at once, on other instances within that TTL.
 */
@Singleton
public class ApiKeyStore {

    /** A key as listed: never its secret or hash. */
    public record ApiKey(String id, String name, Role role, String regionCode, String createdBy, String createdAt,
                         String revokedAt) {
    }

    /** A key just made: the secret is shown this once. */
    public record CreatedKey(String key, ApiKey apiKey) {
    }

    private record Trusted(Caller caller, String hash, Instant until) {
    }

    private final Cypher cypher;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Map<String, Trusted> trusted = new ConcurrentHashMap<>();

    public ApiKeyStore(Cypher cypher, SecuritySettings settings) {
        this(cypher, settings.apiKeyCacheTtl(), Clock.systemUTC());
    }

    ApiKeyStore(Cypher cypher, Duration cacheTtl, Clock clock) {
        this.cypher = cypher;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    public CreatedKey create(String name, Role role, String regionCode, String createdBy) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ApiException.badInput("Give the key a name of 1 to 200 characters, e.g. who or what uses it");
        }
        ApiKeyFormat.NewKey key = ApiKeyFormat.generate();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", key.id());
        parameters.put("hash", ApiKeyFormat.hash(key.key()));
        parameters.put("name", name.trim());
        parameters.put("role", role.name());
        parameters.put("regionCode", regionCode);
        parameters.put("createdAt", Instant.now(clock).toString());
        parameters.put("createdBy", createdBy);
        ApiKey created = cypher.write(QueryCatalog.get("security/create_api_key"), parameters).stream()
                .map(record -> apiKey(record.get("item"))).findFirst().orElseThrow();
        return new CreatedKey(key.key(), created);
    }

    /** The caller a key stands for, or UNAUTHENTICATED when it is unknown, revoked or malformed. */
    public Caller verify(String key) {
        String id = ApiKeyFormat.idOf(key).orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED,
                "The API key is malformed: expected ltk_<16 hex>_<43 characters>"));
        String hash = ApiKeyFormat.hash(key);
        Trusted cached = trusted.get(id);
        if (cached != null && cached.until().isAfter(Instant.now(clock)) && ApiKeyFormat.sameHash(cached.hash(), hash)) {
            return cached.caller();
        }
        var rows = cypher.read(QueryCatalog.get("security/find_api_key"), Map.of("id", id));
        if (rows.isEmpty() || !ApiKeyFormat.sameHash(rows.getFirst().get("hash").asString(), hash)) {
            trusted.remove(id);
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "The API key is unknown or has been revoked");
        }
        var row = rows.getFirst();
        Caller caller = new Caller("key:" + id, Role.valueOf(row.get("role").asString()),
                row.get("regionCode").isNull() ? null : row.get("regionCode").asString(), Caller.Method.API_KEY);
        trusted.put(id, new Trusted(caller, hash, Instant.now(clock).plus(cacheTtl)));
        return caller;
    }

    public ApiKey revoke(String id) {
        trusted.remove(id);
        return cypher.write(QueryCatalog.get("security/revoke_api_key"),
                        Map.of("id", id, "revokedAt", Instant.now(clock).toString())).stream()
                .map(record -> apiKey(record.get("item"))).findFirst()
                .orElseThrow(() -> ApiException.notFound("No API key with id '" + id + "'"));
    }

    public List<ApiKey> list() {
        return cypher.read(QueryCatalog.get("security/list_api_keys"), Map.of(), record -> apiKey(record.get("item")));
    }

    private static ApiKey apiKey(Value item) {
        return new ApiKey(item.get("id").asString(), item.get("name").asString(),
                Role.valueOf(item.get("role").asString()), text(item.get("regionCode")), text(item.get("createdBy")),
                text(item.get("createdAt")), text(item.get("revokedAt")));
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}

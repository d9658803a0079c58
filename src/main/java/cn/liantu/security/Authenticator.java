package cn.liantu.security;

import cn.liantu.config.LiantuSettings;
import cn.liantu.config.Neo4jSettings;
import cn.liantu.service.ApiException;
import cn.liantu.service.ErrorCode;
import jakarta.inject.Singleton;

/**
 * Finds out who calls, from {@code Authorization: Bearer <JWT or API key>} or {@code X-API-Key}.
 * No credentials make the anonymous caller; wrong credentials are refused, never treated as none.
 */
@Singleton
public class Authenticator {

    private final TokenVerifier tokens;
    private final ApiKeyStore apiKeys;
    private final Role anonymousRole;

    public Authenticator(SecuritySettings security, Neo4jSettings neo4j, LiantuSettings liantu, ApiKeyStore apiKeys) {
        this.tokens = new TokenVerifier(JwtSecrets.resolve(security, neo4j.external(), java.nio.file.Path.of(liantu.dataDir()))
                .orElse(null), security.jwksUrl());
        this.apiKeys = apiKeys;
        this.anonymousRole = anonymousRole(security.anonymousRole(), neo4j.external());
    }

    /** The role of callers without credentials; null when they may do nothing. */
    static Role anonymousRole(String setting, boolean externalDatabase) {
        if (setting == null || setting.isBlank()) {
            return externalDatabase ? null : Role.ANALYST;
        }
        if ("NONE".equalsIgnoreCase(setting.trim())) {
            return null;
        }
        Role role = Role.parse(setting).orElseThrow(() -> new IllegalStateException(
                "liantu.security.anonymous-role must be NONE, VIEWER or ANALYST, not '" + setting + "'"));
        if (role.includes(Role.EDITOR)) {
            throw new IllegalStateException("Anonymous callers may read (VIEWER or ANALYST), never write: "
                    + "liantu.security.anonymous-role is " + role);
        }
        return role;
    }

    public Caller authenticate(String authorization, String apiKeyHeader) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return apiKeys.verify(apiKeyHeader.trim());
        }
        if (authorization == null || authorization.isBlank()) {
            return Caller.anonymous(anonymousRole);
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2 || !"Bearer".equalsIgnoreCase(parts[0])) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED,
                    "Send credentials as 'Authorization: Bearer <token or API key>'");
        }
        String credential = parts[1].trim();
        if (ApiKeyFormat.looksLikeKey(credential)) {
            return apiKeys.verify(credential);
        }
        if (!tokens.enabled()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "This server accepts API keys only:"
                    + " no JWT secret (LIANTU_JWT_SECRET) or JWKS address (LIANTU_JWKS_URL) is configured");
        }
        return tokens.verify(credential);
    }

    public Role anonymousRole() {
        return anonymousRole;
    }
}

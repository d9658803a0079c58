package cn.liantu.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Who may call LianTu (prefix {@code liantu.security}).
 *
 * @param anonymousRole what a caller without credentials may do: NONE, VIEWER or ANALYST
 *                      (LIANTU_ANONYMOUS_ROLE); empty means ANALYST on the embedded demo database
 *                      and NONE on an external one
 * @param jwtSecret     HS256 secret for bearer tokens, at least 32 bytes (LIANTU_JWT_SECRET)
 * @param jwtSecretFile file holding that secret (LIANTU_JWT_SECRET_FILE); on the embedded
 *                      database with neither set, {@code <data-dir>/jwt-secret} is made on first start
 * @param jwksUrl       JWKS address of an identity provider whose RS256/ES256 tokens are accepted
 *                      (LIANTU_JWKS_URL)
 * @param apiKeyCacheTtl how long a verified API key is trusted before it is looked up again
 */
@ConfigurationProperties("liantu.security")
public record SecuritySettings(
        @Bindable(defaultValue = "") String anonymousRole,
        @Bindable(defaultValue = "") String jwtSecret,
        @Bindable(defaultValue = "") String jwtSecretFile,
        @Bindable(defaultValue = "") String jwksUrl,
        @Bindable(defaultValue = "30s") Duration apiKeyCacheTtl) {
}

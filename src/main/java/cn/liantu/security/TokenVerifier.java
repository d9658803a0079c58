package cn.liantu.security;

import cn.liantu.service.ApiException;
import cn.liantu.service.ErrorCode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a bearer JWT and turns it into a caller: HS256 tokens against LianTu's secret, RS256 and
 * ES256 tokens against an identity provider's JWKS. A token needs {@code sub}, {@code exp} and a
 * {@code role} (or a {@code roles} list, of which the highest counts); {@code region} limits writes.
 */
public final class TokenVerifier {

    static final String ROLE_CLAIM = "role";
    static final String ROLES_CLAIM = "roles";
    static final String REGION_CLAIM = "region";

    private final DefaultJWTProcessor<SecurityContext> ownTokens;
    private final DefaultJWTProcessor<SecurityContext> providerTokens;

    public TokenVerifier(byte[] secret, String jwksUrl) {
        this.ownTokens = secret == null ? null : processor(
                new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(secret)), true);
        this.providerTokens = jwksUrl == null || jwksUrl.isBlank() ? null : processor(
                new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256),
                        jwkSource(jwksUrl)), false);
    }

    public boolean enabled() {
        return ownTokens != null || providerTokens != null;
    }

    public Caller verify(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw unauthenticated("The bearer token is neither a JWT nor an API key");
        }
        boolean own = JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm());
        DefaultJWTProcessor<SecurityContext> processor = own ? ownTokens : providerTokens;
        if (processor == null) {
            throw unauthenticated("Tokens signed with " + jwt.getHeader().getAlgorithm()
                    + " are not accepted by this server");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (BadJOSEException e) {
            throw unauthenticated("The bearer token was refused: " + e.getMessage());
        } catch (JOSEException e) {
            throw unauthenticated("The bearer token cannot be checked: " + e.getMessage());
        }
        Role role = roleOf(claims).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN,
                "The token names no role LianTu knows (VIEWER, ANALYST, EDITOR or ADMIN)"));
        Object region = claims.getClaim(REGION_CLAIM);
        return new Caller(claims.getSubject(), role, region == null ? null : region.toString(), Caller.Method.JWT);
    }

    private static Optional<Role> roleOf(JWTClaimsSet claims) {
        Object single = claims.getClaim(ROLE_CLAIM);
        if (single != null) {
            return Role.parse(single.toString());
        }
        if (claims.getClaim(ROLES_CLAIM) instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).map(Role::parse).flatMap(Optional::stream)
                    .max(Comparator.naturalOrder());
        }
        return Optional.empty();
    }

    private static DefaultJWTProcessor<SecurityContext> processor(
            JWSVerificationKeySelector<SecurityContext> keys, boolean own) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(keys);
        JWTClaimsSet exact = own ? new JWTClaimsSet.Builder().issuer(TokenMinter.ISSUER).build()
                : new JWTClaimsSet.Builder().build();
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null, exact, Set.of("sub", "exp")));
        return processor;
    }

    private static JWKSource<SecurityContext> jwkSource(String url) {
        try {
            return JWKSourceBuilder.create(URI.create(url).toURL()).retrying(true).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("The JWKS address is not a URL: " + url, e);
        }
    }

    private static ApiException unauthenticated(String message) {
        return new ApiException(ErrorCode.UNAUTHENTICATED, message);
    }
}

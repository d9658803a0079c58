package cn.liantu.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Signs LianTu's own bearer tokens (HS256) with a subject, a role and an optional region. */
public final class TokenMinter {

    public static final String ISSUER = "liantu";

    private final byte[] secret;

    public TokenMinter(byte[] secret) {
        this.secret = secret.clone();
    }

    public String mint(String subject, Role role, String regionCode, Duration validFor, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim(TokenVerifier.ROLE_CLAIM, role.name());
        if (regionCode != null && !regionCode.isBlank()) {
            claims.claim(TokenVerifier.REGION_CLAIM, regionCode.trim());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}

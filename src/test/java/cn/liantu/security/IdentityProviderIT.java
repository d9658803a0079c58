package cn.liantu.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server set up as in production: anonymous access off, tokens from an identity provider
 * checked against its JWKS (served here on loopback), LianTu's own HS256 tokens still accepted.
 */
class IdentityProviderIT {

    private static HttpServer identityProvider;
    private static RSAKey providerKey;
    private static GraphQLClient anonymous;

    @BeforeAll
    static void start() throws IOException, JOSEException {
        providerKey = new RSAKeyGenerator(2048).keyID("provider-1").generate();
        byte[] jwks = new JWKSet(providerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        identityProvider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        identityProvider.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        identityProvider.start();
        EmbeddedServer server = TestServer.scratch("identity-provider", Map.of(
                "liantu.security.anonymous-role", "NONE",
                "liantu.security.jwks-url", "http://127.0.0.1:" + identityProvider.getAddress().getPort() + "/jwks.json"));
        anonymous = new GraphQLClient(server.getURI());
    }

    @AfterAll
    static void stop() {
        identityProvider.stop(0);
    }

    private static String providerToken(RSAKey key, Map<String, Object> claims) throws JOSEException {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("zhang.san@luoyang.gov.cn")
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                builder.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void anonymousCallersMayOnlyAskWhoTheyAreAndReadTheSchema() {
        GraphQLClient.Response read = anonymous.query("{ about { version } }");
        assertThat(read.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(read.data().isNull()).isTrue();
        assertThat(anonymous.query("{ me { id role } }").dataWithoutErrors().path("me").toString())
                .isEqualTo("{\"id\":\"anonymous\",\"role\":null}");
        assertThat(anonymous.query("{ __schema { queryType { name } } }").dataWithoutErrors()
                .path("__schema").path("queryType").path("name").asText()).isEqualTo("Query");
    }

    @Test
    void providerTokensAreCheckedAgainstItsKeySet() throws JOSEException {
        String token = providerToken(providerKey, Map.of("roles", List.of("VIEWER", "ANALYST"), "region", "410300"));
        GraphQLClient signedIn = anonymous.withBearer(token);
        assertThat(signedIn.query("{ me { id role regionCode method } }").dataWithoutErrors().path("me").toString())
                .isEqualTo("{\"id\":\"zhang.san@luoyang.gov.cn\",\"role\":\"ANALYST\",\"regionCode\":\"410300\","
                        + "\"method\":\"JWT\"}");
        assertThat(signedIn.query("{ about { version } }").dataWithoutErrors().path("about").has("version")).isTrue();

        RSAKey stranger = new RSAKeyGenerator(2048).keyID("provider-1").generate();
        GraphQLClient.Response forged = anonymous.withBearer(providerToken(stranger, Map.of("role", "ADMIN")))
                .query("{ me { id } }");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.firstErrorCode()).isEqualTo("UNAUTHENTICATED");

        GraphQLClient.Response roleless = anonymous.withBearer(providerToken(providerKey, Map.of("role", "OWNER")))
                .query("{ me { id } }");
        assertThat(roleless.status()).isEqualTo(403);
        assertThat(roleless.firstErrorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void ownTokensStillWork() {
        assertThat(anonymous.as(Role.VIEWER, null).query("{ me { id role } }").dataWithoutErrors().path("me").toString())
                .isEqualTo("{\"id\":\"viewer\",\"role\":\"VIEWER\"}");
    }
}

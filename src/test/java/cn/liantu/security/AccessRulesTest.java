package cn.liantu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liantu.domain.Region;
import cn.liantu.domain.RegionLevel;
import cn.liantu.service.ApiException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    private static final Map<String, Region> REGIONS = Map.of(
            "CN", new Region("CN", "中国", RegionLevel.COUNTRY, null),
            "410000", new Region("410000", "河南省", RegionLevel.PROVINCE, "CN"),
            "410300", new Region("410300", "洛阳市", RegionLevel.CITY, "410000"),
            "410305", new Region("410305", "涧西区", RegionLevel.COUNTY, "410300"),
            "410100", new Region("410100", "郑州市", RegionLevel.CITY, "410000"));
    private static final Function<String, Optional<Region>> DIRECTORY = code -> Optional.ofNullable(REGIONS.get(code));

    private static ApiException refusal(Runnable check) {
        try {
            check.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void rolesIncludeTheOnesBelowThem() {
        Caller editor = new Caller("e", Role.EDITOR, null, Caller.Method.JWT);
        AccessRules.require(editor, Role.VIEWER, "x");
        AccessRules.require(editor, Role.ANALYST, "x");
        AccessRules.require(editor, Role.EDITOR, "x");
        assertThat(refusal(() -> AccessRules.require(editor, Role.ADMIN, "'createApiKey'")).getMessage())
                .isEqualTo("'createApiKey' needs the role ADMIN; e has EDITOR");
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        ApiException refused = refusal(() -> AccessRules.require(Caller.anonymous(Role.ANALYST), Role.EDITOR, "'w'"));
        assertThat(refused.code().name()).isEqualTo("UNAUTHENTICATED");
        assertThat(refusal(() -> AccessRules.require(Caller.anonymous(null), Role.VIEWER, "'r'")).code().name())
                .isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aRegionLimitCoversItsSubtreeOnly() {
        Caller luoyang = new Caller("l", Role.EDITOR, "410300", Caller.Method.JWT);
        AccessRules.requireRegion(luoyang, "410300", "p", DIRECTORY);
        AccessRules.requireRegion(luoyang, "410305", "p", DIRECTORY);
        assertThat(refusal(() -> AccessRules.requireRegion(luoyang, "410100", "Project 'x'", DIRECTORY)).getMessage())
                .isEqualTo("Project 'x' is outside your region 410300 (it is in 410100)");
        assertThat(refusal(() -> AccessRules.requireRegion(luoyang, "410000", "p", DIRECTORY)).code().name())
                .isEqualTo("FORBIDDEN");
        assertThat(refusal(() -> AccessRules.requireRegion(luoyang, null, "p", DIRECTORY)).code().name())
                .isEqualTo("FORBIDDEN");
        assertThat(refusal(() -> AccessRules.requireRegion(luoyang, "999999", "p", DIRECTORY)).code().name())
                .isEqualTo("FORBIDDEN");
        AccessRules.requireRegion(new Caller("u", Role.EDITOR, null, Caller.Method.JWT), null, "p", DIRECTORY);
    }

    @Test
    void anonymousAccessFollowsTheModeUnlessSet() {
        assertThat(Authenticator.anonymousRole("", false)).isEqualTo(Role.ANALYST);
        assertThat(Authenticator.anonymousRole("", true)).isNull();
        assertThat(Authenticator.anonymousRole("viewer", true)).isEqualTo(Role.VIEWER);
        assertThat(Authenticator.anonymousRole("NONE", false)).isNull();
        assertThatThrownBy(() -> Authenticator.anonymousRole("EDITOR", false))
                .hasMessageContaining("never write");
        assertThatThrownBy(() -> Authenticator.anonymousRole("guest", false)).hasMessageContaining("NONE, VIEWER or ANALYST");
    }

    @Test
    void apiKeysParseAndHash() {
        ApiKeyFormat.NewKey key = ApiKeyFormat.generate();
        assertThat(ApiKeyFormat.idOf(key.key())).contains(key.id());
        assertThat(ApiKeyFormat.idOf("ltk_short_x")).isEmpty();
        // SHA-256 of "abc" (FIPS 180-2 test vector); surrounding blanks are not part of a key.
        assertThat(ApiKeyFormat.hash(" abc ")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiKeyFormat.sameHash(ApiKeyFormat.hash(key.key()), ApiKeyFormat.hash(key.key()))).isTrue();
        assertThat(ApiKeyFormat.generate().key()).isNotEqualTo(key.key());
    }
}

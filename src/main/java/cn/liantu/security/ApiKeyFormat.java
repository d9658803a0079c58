package cn.liantu.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys look like {@code ltk_<id>_<secret>}: the id finds the stored key, the whole key's
 * SHA-256 is what is stored. The secret is 256 random bits, so a fast hash is enough: there is
 * nothing to guess by brute force, unlike a password.
 */
public final class ApiKeyFormat {

    private static final Pattern KEY = Pattern.compile("ltk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {
    }

    /** A new key and its id. */
    public record NewKey(String id, String key) {
    }

    public static NewKey generate() {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String idText = HexFormat.of().formatHex(id);
        return new NewKey(idText, "ltk_" + idText + "_"
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    public static boolean looksLikeKey(String text) {
        return text != null && text.startsWith("ltk_");
    }

    /** The id inside a well-formed key. */
    public static Optional<String> idOf(String key) {
        Matcher matcher = KEY.matcher(key == null ? "" : key.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.trim().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares hashes in time independent of where they differ. */
    public static boolean sameHash(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }
}

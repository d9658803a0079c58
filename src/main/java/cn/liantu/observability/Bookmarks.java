package cn.liantu.observability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Bookmark;

/**
 * Neo4j bookmarks as one opaque token for clients: a write's response carries it (header
 * {@value #HEADER} and {@code extensions.bookmark}); a client sends it back in the same header so
 * that its next request, on any instance and any cluster member, sees that write.
 */
public final class Bookmarks {

    public static final String HEADER = "X-LianTu-Bookmark";
    static final int MAX_TOKEN_LENGTH = 8_192;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bookmarks() {
    }

    public static String encode(Set<Bookmark> bookmarks) {
        List<String> values = bookmarks.stream().map(Bookmark::value).sorted().toList();
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bookmarks in a token; IllegalArgumentException with the reason when it is not one of ours. */
    public static Set<Bookmark> decode(String token) {
        if (token == null || token.isBlank()) {
            return Set.of();
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("The " + HEADER + " header is too long");
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(token.trim());
            String[] values = JSON.readValue(new String(json, StandardCharsets.UTF_8), String[].class);
            return java.util.Arrays.stream(values).map(Bookmark::from)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new IllegalArgumentException("The " + HEADER + " header is not a bookmark this API gave out;"
                    + " send back the value of a previous response's " + HEADER + " header as it is");
        }
    }
}

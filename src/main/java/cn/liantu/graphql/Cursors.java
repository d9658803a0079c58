package cn.liantu.graphql;

import cn.liantu.service.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque cursors: the position of an item in its sorted list. */
final class Cursors {

    private static final String PREFIX = "liantu:";

    private Cursors() {
    }

    static String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position of the item a cursor names. */
    static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiException.badInput("Invalid cursor '" + cursor
                + "': pass a cursor exactly as a previous page returned it (pageInfo.endCursor)");
    }
}

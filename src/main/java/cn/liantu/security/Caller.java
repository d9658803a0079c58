package cn.liantu.security;

/**
 * Who makes a request: an id for histories and the audit log, a role (null for an anonymous
 * caller when anonymous access is off), and the region an editor is limited to (null: no limit).
 *
 * @param id         the subject of a token, {@code key:<id>} for an API key, or {@code anonymous}
 * @param role       what the caller may do; null when it may do nothing
 * @param regionCode the region subtree the caller's writes are limited to, or null
 * @param method     how the caller was identified
 */
public record Caller(String id, Role role, String regionCode, Method method) {

    public static final String ANONYMOUS_ID = "anonymous";

    /** How a caller was identified. */
    public enum Method { ANONYMOUS, JWT, API_KEY, INTERNAL }

    public static Caller anonymous(Role role) {
        return new Caller(ANONYMOUS_ID, role, null, Method.ANONYMOUS);
    }

    /** The server itself, e.g. the import command: may do everything. */
    public static Caller internal(String id) {
        return new Caller(id, Role.ADMIN, null, Method.INTERNAL);
    }

    public boolean isAnonymous() {
        return method == Method.ANONYMOUS;
    }

    public boolean has(Role required) {
        return role != null && role.includes(required);
    }
}

package cn.liantu.security;

/**
 * What a caller may do, each role including the ones before it: VIEWER reads, ANALYST also runs
 * the analyses, EDITOR also writes, ADMIN also manages keys and reads the audit log.
 */
public enum Role {
    VIEWER,
    ANALYST,
    EDITOR,
    ADMIN;

    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** The role named by {@code text}, ignoring case; empty when it names none. */
    public static java.util.Optional<Role> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text.trim())) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}

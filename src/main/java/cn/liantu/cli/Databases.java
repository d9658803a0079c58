package cn.liantu.cli;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * The database a command works on, opened exactly as the server would (LIANTU_DATA_DIR or the
 * NEO4J_* settings, migrations applied), without the HTTP server and without demo data.
 */
final class Databases {

    private Databases() {
    }

    static ApplicationContext open() {
        try {
            return ApplicationContext.builder()
                    .properties(Map.of("liantu.demo-data", false, "micronaut.server.enabled", false))
                    .start();
        } catch (RuntimeException e) {
            throw new IllegalStateException(explain(e), e);
        }
    }

    private static String explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("lock") || message.contains("Lock")) {
                return "The embedded database is in use by another process (is the LianTu server running on the"
                        + " same LIANTU_DATA_DIR?). Stop it first, or run the server with LIANTU_BOLT_LISTEN and point"
                        + " this command at it with NEO4J_URI.";
            }
        }
        return "Cannot open the database: " + failure.getMessage();
    }
}

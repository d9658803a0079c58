package cn.liantu.cli;

import cn.liantu.security.ApiKeyStore;
import cn.liantu.security.JwtSecrets;
import cn.liantu.security.Role;
import cn.liantu.security.SecuritySettings;
import cn.liantu.security.TokenMinter;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code token --role R [--region CODE] [--subject NAME] [--days N] [--api-key --name NAME]}:
 * prints a bearer token signed with the server's secret, or makes an API key in the database.
 * Tokens need no database; API keys need the database (stop an embedded server first, or point
 * NEO4J_URI at the shared one).
 */
final class TokenCommand implements Command {

    static final int DEFAULT_DAYS = 30;

    @Override
    public String name() {
        return "token";
    }

    @Override
    public String usage() {
        return "token --role VIEWER|ANALYST|EDITOR|ADMIN [--region CODE] [--subject NAME] [--days N]"
                + " [--api-key --name NAME]   a bearer token or API key";
    }

    /** The parsed arguments. */
    record Request(Role role, String region, String subject, int days, boolean apiKey, String name) {
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Request request = parse(arguments);
        if (request.apiKey()) {
            try (ApplicationContext context = Databases.open()) {
                ApiKeyStore.CreatedKey created = context.getBean(ApiKeyStore.class)
                        .create(request.name(), request.role(), request.region(), "token command");
                err.println("API key " + created.apiKey().id() + " for role " + request.role()
                        + (request.region() == null ? "" : " in region " + request.region())
                        + ". Store it now: only its hash is kept.");
                out.println(created.key());
            }
            return 0;
        }
        byte[] secret = JwtSecrets.resolve(securityFromEnvironment(), !env("NEO4J_URI", "").isBlank(),
                        Path.of(env("LIANTU_DATA_DIR", "./data")))
                .orElseThrow(() -> new IllegalStateException("No JWT secret: set LIANTU_JWT_SECRET or"
                        + " LIANTU_JWT_SECRET_FILE as the server has them, or make an API key with --api-key"));
        String token = new TokenMinter(secret).mint(request.subject(), request.role(), request.region(),
                Duration.ofDays(request.days()), Instant.now());
        err.println("Bearer token for " + request.subject() + ", role " + request.role()
                + (request.region() == null ? "" : ", writes limited to region " + request.region())
                + ", valid " + request.days() + " days. Send it as 'Authorization: Bearer <token>'.");
        out.println(token);
        return 0;
    }

    static Request parse(List<String> arguments) {
        Role role = null;
        String region = null;
        String subject = null;
        int days = DEFAULT_DAYS;
        boolean apiKey = false;
        String name = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--api-key" -> apiKey = true;
                case "--role" -> {
                    String value = value(arguments, ++i, argument);
                    role = Role.parse(value).orElseThrow(() -> new Commands.UsageException(
                            "Unknown role '" + value + "': use VIEWER, ANALYST, EDITOR or ADMIN"));
                }
                case "--region" -> region = value(arguments, ++i, argument);
                case "--subject" -> subject = value(arguments, ++i, argument);
                case "--name" -> name = value(arguments, ++i, argument);
                case "--days" -> {
                    String value = value(arguments, ++i, argument);
                    try {
                        days = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new Commands.UsageException("--days takes a whole number, not '" + value + "'");
                    }
                    if (days < 1 || days > 3650) {
                        throw new Commands.UsageException("--days must be between 1 and 3650");
                    }
                }
                default -> throw new Commands.UsageException("Unknown argument '" + argument + "'");
            }
        }
        if (role == null) {
            throw new Commands.UsageException("Give the role with --role");
        }
        if (apiKey && (name == null || name.isBlank())) {
            throw new Commands.UsageException("An API key needs --name (who or what uses it)");
        }
        if (subject == null) {
            subject = role.name().toLowerCase() + (region == null ? "" : "-" + region);
        }
        return new Request(role, region, subject, days, apiKey, name);
    }

    private static String value(List<String> arguments, int index, String option) {
        if (index >= arguments.size()) {
            throw new Commands.UsageException(option + " needs a value");
        }
        return arguments.get(index);
    }

    /** The secret settings the server reads from the same environment variables (application.yml). */
    private static SecuritySettings securityFromEnvironment() {
        return new SecuritySettings(env("LIANTU_ANONYMOUS_ROLE", ""), env("LIANTU_JWT_SECRET", ""),
                env("LIANTU_JWT_SECRET_FILE", ""), env("LIANTU_JWKS_URL", ""), Duration.ofSeconds(30));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package cn.liantu.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Finds the HS256 secret that signs and verifies LianTu's own bearer tokens: the configured
 * secret, else the configured file, else (embedded database only) {@code <data-dir>/jwt-secret},
 * made on first use so that the demo and the {@code token} command agree without any setup.
 */
public final class JwtSecrets {

    /** HS256 needs a key of at least 256 bits. */
    static final int MIN_BYTES = 32;

    private JwtSecrets() {
    }

    /**
     * The secret from {@code security}'s settings, else {@code <dataDir>/jwt-secret} when the
     * database is embedded; empty for an external database without a configured secret.
     */
    public static Optional<byte[]> resolve(SecuritySettings security, boolean externalDatabase, Path dataDir) {
        if (!security.jwtSecret().isBlank()) {
            return Optional.of(checked(security.jwtSecret().getBytes(StandardCharsets.UTF_8), "LIANTU_JWT_SECRET"));
        }
        if (!security.jwtSecretFile().isBlank()) {
            Path file = Path.of(security.jwtSecretFile());
            try {
                return Optional.of(checked(Files.readString(file).trim().getBytes(StandardCharsets.UTF_8),
                        "the secret file " + file));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the JWT secret file " + file + ": " + e.getMessage(), e);
            }
        }
        if (externalDatabase) {
            return Optional.empty();
        }
        return Optional.of(dataDirectorySecret(dataDir));
    }

    private static byte[] dataDirectorySecret(Path dataDir) {
        Path file = dataDir.resolve("jwt-secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] random = new byte[48];
                new SecureRandom().nextBytes(random);
                Path temporary = Files.createTempFile(dataDir, "jwt-secret", ".tmp");
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's own permissions protect it
                }
                Files.writeString(temporary, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
                try {
                    Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    Files.deleteIfExists(temporary);
                }
            }
            return checked(Files.readString(file).trim().getBytes(StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make or read the JWT secret " + file, e);
        }
    }

    private static byte[] checked(byte[] secret, String source) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException("The JWT secret from " + source + " has " + secret.length
                    + " bytes; HS256 needs at least " + MIN_BYTES + " (e.g. `openssl rand -base64 48`)");
        }
        return secret;
    }
}

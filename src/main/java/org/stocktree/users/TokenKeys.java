package org.stocktree.users;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes and recognises API token keys.
 *
 * <p>A key is {@code inv-} followed by an HMAC of the token's id and creation time under the
 * server's secret key; the database keeps only the key's SHA-256 digest. Someone holding a copy of
 * the database therefore holds no usable key, while the server can still give a user their token
 * again. The secret comes from {@code stocktree.secret-key}; without it, one is generated on first
 * start into the data folder. Every node of a cluster must use the same secret.
 */
@ApplicationScoped
public class TokenKeys {

    private static final Logger LOG = Logger.getLogger(TokenKeys.class.getName());
    static final String PREFIX = "inv-";

    @Inject
    @ConfigProperty(name = "stocktree.secret-key")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "stocktree.secret-key-file")
    String secretFile;

    private byte[] secret;

    /** For tests and tools: keys under a given secret. */
    static TokenKeys withSecret(String secret) {
        TokenKeys keys = new TokenKeys();
        keys.secret = secret.getBytes(StandardCharsets.UTF_8);
        return keys;
    }

    @PostConstruct
    void loadSecret() {
        secret = configuredSecret.filter(value -> !value.isBlank())
                .orElseGet(() -> readOrCreate(Path.of(secretFile)))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The key of the token: stable for its lifetime. */
    public String key(ApiToken token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] tag = mac.doFinal(("api-token:" + token.getId() + ":" + token.getCreated().toInstant().toEpochMilli())
                    .getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(tag).substring(0, 40);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    /** The digest stored for a key, and looked up when a key is presented. */
    public static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] random = new byte[48];
                new SecureRandom().nextBytes(random);
                try {
                    Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------"))), HexFormat.of().formatHex(random));
                    LOG.info(() -> "Generated the server secret key in " + file
                            + " (set stocktree.secret-key to share one secret across nodes)");
                } catch (FileAlreadyExistsException anotherThreadWon) {
                    LOG.fine("Secret key file created concurrently");
                }
            }
            return Files.readString(file).strip();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, unreadable);
        }
    }
}

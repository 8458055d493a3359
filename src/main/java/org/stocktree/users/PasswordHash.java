package org.stocktree.users;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes in Django's {@code pbkdf2_sha256$<iterations>$<salt>$<hash>} format.
 *
 * <p>The format is InvenTree's (Django's default), so users imported from an InvenTree database
 * keep their passwords. The iteration count is stored in each hash: raising it for new passwords
 * leaves old hashes verifiable.
 */
public final class PasswordHash {

    static final String ALGORITHM = "pbkdf2_sha256";
    static final int DEFAULT_ITERATIONS = 600_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] SALT_ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private PasswordHash() {
    }

    /** A new hash of the password with a fresh 22-character salt. */
    public static String of(String password) {
        return of(password, randomSalt(), DEFAULT_ITERATIONS);
    }

    static String of(String password, String salt, int iterations) {
        if (salt.indexOf('$') >= 0) {
            throw new IllegalArgumentException("salt must not contain '$'");
        }
        return ALGORITHM + "$" + iterations + "$" + salt + "$" + derive(password, salt, iterations);
    }

    /** Whether the password matches the stored hash; false for any hash not in this format. */
    public static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException corrupt) {
            return false;
        }
        if (iterations < 1) {
            return false;
        }
        byte[] expected = parts[3].getBytes(StandardCharsets.US_ASCII);
        byte[] actual = derive(password, parts[2], iterations).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    private static String derive(String password, String salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8),
                    iterations, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", unavailable);
        }
    }

    private static String randomSalt() {
        char[] salt = new char[22];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = SALT_ALPHABET[RANDOM.nextInt(SALT_ALPHABET.length)];
        }
        return new String(salt);
    }
}

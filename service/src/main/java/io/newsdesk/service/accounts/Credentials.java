package io.newsdesk.service.accounts;

import io.newsdesk.service.NewsdeskException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for usernames and passwords, and the Fever key derived from them. */
final class Credentials {

    static final int MIN_PASSWORD_LENGTH = 8;
    static final int MAX_PASSWORD_LENGTH = 1024;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-fA-F]{32}");

    private Credentials() {}

    /** @throws NewsdeskException INVALID with the rule, when the name breaks it */
    static String checkedUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw NewsdeskException.invalid("a username is 1 to 64 letters (a-z, A-Z), digits, '.', '_', '@' or '-', "
                    + "starting with a letter or digit");
        }
        return username;
    }

    /** @throws NewsdeskException INVALID with the rule, when the password breaks it */
    static String checkedPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw NewsdeskException.invalid("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw NewsdeskException.invalid("a password has at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        return password;
    }

    /**
     * What is stored of the user's Fever key: the SHA-256 digest of the key, which Fever clients
     * compute as the lower-case hexadecimal MD5 of {@code "username:password"}.
     */
    static String feverKeyHash(String username, String password) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return feverKeyHashOf(HexFormat.of().formatHex(md5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /** The stored form of a key a client presents; {@code null} when it is not 32 hexadecimal digits. */
    static String feverKeyHashOf(String key) {
        if (key == null || !MD5_HEX.matcher(key.strip()).matches()) {
            return null;
        }
        return Secrets.digest(key.strip().toLowerCase(Locale.ROOT));
    }
}

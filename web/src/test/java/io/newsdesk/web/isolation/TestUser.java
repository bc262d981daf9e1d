package io.newsdesk.web.isolation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A signed-in user of the isolation test, with every credential a route may ask for.
 *
 * @param id the user's id
 * @param username their name
 * @param password their password
 * @param token one of their API tokens ({@code nd_…})
 * @param sessionCookie their browser session, as a {@code Cookie} header value
 * @param csrfToken the session's CSRF token
 */
public record TestUser(long id, String username, String password, String token, String sessionCookie, String csrfToken) {

    /** Fever's key: the lower-case hexadecimal MD5 of {@code username:password}. */
    public String feverKey() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.newsdesk.web.readers.miniflux;

import io.javalin.http.UnauthorizedResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A username and password from an {@code Authorization: Basic} header (RFC 7617).
 *
 * @param username the part before the first colon
 * @param password the rest
 */
record BasicCredentials(String username, String password) {

    private static final String SCHEME = "basic ";

    /**
     * Reads the header.
     *
     * @throws UnauthorizedResponse naming what is wrong when the header is not Basic credentials
     *     (another scheme, not base64, not UTF-8, no colon, an empty name or password)
     */
    static BasicCredentials parse(String header) {
        String value = header.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new UnauthorizedResponse("the Authorization header must use the Basic scheme "
                    + "(or send an API token in X-Auth-Token)");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value.substring(SCHEME.length()).strip());
        } catch (IllegalArgumentException e) {
            throw malformed("the credentials are not base64");
        }
        String pair;
        try {
            pair = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed("the credentials are not UTF-8 text");
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            throw malformed("the credentials have no ':' between username and password");
        }
        BasicCredentials credentials = new BasicCredentials(pair.substring(0, colon), pair.substring(colon + 1));
        if (credentials.username().isEmpty() || credentials.password().isEmpty()) {
            throw malformed("the username or the password is empty");
        }
        return credentials;
    }

    /** Never shows the password, should the credentials reach a log. */
    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + "]";
    }

    private static UnauthorizedResponse malformed(String reason) {
        return new UnauthorizedResponse("malformed Basic credentials: " + reason);
    }
}

package io.newsdesk.service.websub;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable values for subscriptions: callback ids (capability URLs) and signing secrets. */
final class Tokens {

    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** 256 random bits for the last segment of a callback URL, URL-safe. */
    static String callbackId() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    }

    /** 256 random bits as 64 hex digits: short of the 200 bytes the spec allows, and plain ASCII. */
    static String secret() {
        return HexFormat.of().formatHex(randomBytes());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

package io.newsdesk.service.websub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs deliveries as a hub does, written independently of the code under test. */
final class Signing {

    private Signing() {}

    /** The X-Hub-Signature value {@code method=hex} for the body. */
    static String signature(String method, byte[] body, String secret) {
        String algorithm = "Hmac" + method.toUpperCase(java.util.Locale.ROOT);
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return method + "=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}

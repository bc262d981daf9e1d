package io.newsdesk.service.websub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code X-Hub-Signature} of a delivery: {@code method=hex}, an HMAC of the body keyed
 * with the subscription's secret, with the methods the spec names (sha1, sha256, sha384, sha512).
 */
final class HubSignature {

    /** What a signature check found. */
    enum Verdict {
        VALID,
        MISSING,
        UNKNOWN_METHOD,
        MISMATCH;

        /** Why a delivery with this verdict is ignored, for the subscription's status. */
        String problem() {
            return switch (this) {
                case VALID -> null;
                case MISSING -> "ignored a delivery without a signature (X-Hub-Signature)";
                case UNKNOWN_METHOD -> "ignored a delivery signed with an unknown method";
                case MISMATCH -> "ignored a delivery whose signature does not match its content";
            };
        }
    }

    private static final Map<String, String> ALGORITHMS = Map.of(
            "sha1", "HmacSHA1",
            "sha256", "HmacSHA256",
            "sha384", "HmacSHA384",
            "sha512", "HmacSHA512");

    private HubSignature() {}

    /**
     * Checks a signature in constant time (no early exit on the first differing byte, so timing
     * tells an attacker nothing about how close a forgery came).
     *
     * @param header the {@code X-Hub-Signature} header, or {@code null}
     */
    static Verdict check(String header, byte[] body, String secret) {
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        int separator = header.indexOf('=');
        String algorithm = separator < 0 ? null
                : ALGORITHMS.get(header.substring(0, separator).strip().toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            return Verdict.UNKNOWN_METHOD;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(separator + 1).strip());
        } catch (IllegalArgumentException e) {
            return Verdict.MISMATCH;
        }
        return MessageDigest.isEqual(hmac(algorithm, body, secret), given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    private static byte[] hmac(String algorithm, byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // Every Java runtime ships these four; a missing one is a broken installation.
            throw new IllegalStateException("the Java runtime cannot compute " + algorithm, e);
        }
    }
}

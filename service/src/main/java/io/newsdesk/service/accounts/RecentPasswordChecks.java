package io.newsdesk.service.accounts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords that matched a stored hash a moment ago, so that a reader app sending Basic
 * credentials with every request (newsboat, most Miniflux clients) pays for one Argon2id check in
 * a while rather than one per request.
 *
 * <p>A check is remembered by a keyed digest of name and password (the key is random and lives only
 * in this process, so the digests are worthless elsewhere) together with the stored hash it
 * matched. It is believed only while the user's stored hash is still that one: a password changed
 * or removed, by this process or another, ends it at once. Entries expire after a few minutes and
 * the oldest go first when there are too many.
 */
final class RecentPasswordChecks {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int CAPACITY = 1024;

    private final Clock clock;
    private final SecretKeySpec key = new SecretKeySpec(Secrets.randomBytes(32), "HmacSHA256");
    private final Map<String, Check> checks = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Check> eldest) {
            return size() > CAPACITY;
        }
    };

    RecentPasswordChecks(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code password} matched {@code storedHash}, the user's hash now, within the lifetime. */
    synchronized boolean matchedRecently(String username, String password, String storedHash) {
        String digest = digest(username, password);
        Check check = checks.get(digest);
        if (check == null) {
            return false;
        }
        if (!check.expiresAt().isAfter(clock.instant()) || !check.storedHash().equals(storedHash)) {
            checks.remove(digest);
            return false;
        }
        return true;
    }

    /** Remembers that {@code password} matched {@code storedHash}. */
    synchronized void matched(String username, String password, String storedHash) {
        checks.put(digest(username, password), new Check(storedHash, clock.instant().plus(LIFETIME)));
    }

    private String digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            // A separator no name contains, so that ("ab", "c") and ("a", "bc") differ.
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private record Check(String storedHash, Instant expiresAt) {}
}

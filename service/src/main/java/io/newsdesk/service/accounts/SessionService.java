package io.newsdesk.service.accounts;

import io.newsdesk.store.Database;
import io.newsdesk.store.StoredSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Browsers' sign-ins. A session's secret (256 random bits) lives in the browser's cookie; the
 * database keeps its SHA-256 digest, so every server process on the database, and a restarted
 * one, knows the session, while the table alone lets nobody act as a user. A session ends
 * {@link #LIFETIME} after sign-in, or after {@link #IDLE_TIMEOUT} without use.
 */
public final class SessionService {

    /** How long a session lasts however much it is used. */
    public static final Duration LIFETIME = Duration.ofDays(30);
    /** How long a session lasts unused. */
    public static final Duration IDLE_TIMEOUT = Duration.ofDays(7);
    /** Use is recorded at most this often, so that reading pages does not mean writing the database. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(5);
    private static final int MAX_SECRET_LENGTH = 100;

    private final Database database;
    private final Clock clock;

    SessionService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Starts a session for the user (who has just proved who they are); ended ones are cleaned up. */
    public NewSession start(AuthenticatedUser user) {
        Instant now = clock.instant();
        database.sessions().deleteExpired(now.minus(IDLE_TIMEOUT));
        String secret = Secrets.newSecret();
        Instant expiresAt = now.plus(LIFETIME);
        database.sessions().create(Secrets.digest(secret), user.id(), expiresAt);
        return new NewSession(secret, expiresAt);
    }

    /** The valid session whose secret this is; empty for an unknown, expired or malformed one. */
    public Optional<ActiveSession> resume(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        String idHash = Secrets.digest(secret);
        Optional<StoredSession> stored = database.sessions().find(idHash);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredSession session = stored.get();
        Instant now = clock.instant();
        if (!session.expiresAt().isAfter(now) || session.lastSeenAt().plus(IDLE_TIMEOUT).isBefore(now)) {
            database.sessions().delete(idHash);
            return Optional.empty();
        }
        if (session.lastSeenAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            database.sessions().touch(idHash);
        }
        return Optional.of(new ActiveSession(
                AuthenticatedUser.of(session.user()), csrfToken(secret), session.expiresAt()));
    }

    /** Ends the session (signing out); nothing happens for an unknown one. */
    public void end(String secret) {
        if (secret != null && !secret.isEmpty() && secret.length() <= MAX_SECRET_LENGTH) {
            database.sessions().delete(Secrets.digest(secret));
        }
    }

    /** The session's CSRF token: an HMAC of a fixed label keyed with the session's secret. */
    static String csrfToken(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] token = mac.doFinal("newsdesk csrf token".getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}

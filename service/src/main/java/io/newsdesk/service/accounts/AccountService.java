package io.newsdesk.service.accounts;

import io.newsdesk.store.Database;
import io.newsdesk.store.StoredUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a request acts for: sign-in with a password (throttled), API tokens, Fever keys and
 * sessions, plus user administration. Thread safe; one per {@link io.newsdesk.service.Newsdesk}.
 *
 * <p>Failed checks answer empty without saying what was wrong, and a password check for a name
 * that does not exist costs the same as one for a name that does, so answers reveal no names.
 */
public final class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    /** How long "nobody has a password" is believed before the database is asked again. */
    private static final Duration NO_PASSWORDS_RECHECK = Duration.ofSeconds(1);

    private final Database database;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final RecentPasswordChecks recentChecks;
    private final SessionService sessions;
    private final TokenService tokens;
    private final UserAdministration users;
    private final AtomicReference<Instant> noPasswordsSeenAt = new AtomicReference<>();
    private volatile boolean passwordsSeen;
    /** A hash to check unknown names' passwords against, so that they cost as much as known ones. */
    private volatile String decoyHash;

    /** Accounts on {@code database} with the default Argon2id costs. */
    public AccountService(Database database, Clock clock) {
        this(database, clock, Argon2Parameters.DEFAULT);
    }

    /** Accounts with the given cost of new password hashes (tests use small ones). */
    public AccountService(Database database, Clock clock, Argon2Parameters parameters) {
        this.database = database;
        this.clock = clock;
        this.hasher = new PasswordHasher(parameters);
        this.throttle = new LoginThrottle(clock);
        this.recentChecks = new RecentPasswordChecks(clock);
        this.sessions = new SessionService(database, clock);
        this.tokens = new TokenService(database, clock);
        this.users = new UserAdministration(database, hasher, this::forgetPasswordState);
    }

    /**
     * Whether anyone can sign in, that is whether some user has a password. Once seen, this stays
     * true for the life of the process (a server does not fall back to serving everyone as the
     * owner because its users were removed); "no" is asked again at most every second, so that a
     * user added by the command line next to a running server takes effect at once.
     */
    public boolean accountsEnabled() {
        if (passwordsSeen) {
            return true;
        }
        Instant now = clock.instant();
        Instant seen = noPasswordsSeenAt.get();
        if (seen != null && seen.plus(NO_PASSWORDS_RECHECK).isAfter(now)) {
            return false;
        }
        if (database.users().anyPassword()) {
            passwordsSeen = true;
            return true;
        }
        noPasswordsSeenAt.set(now);
        return false;
    }

    /**
     * Checks a username and password, throttled per name and per client address. A password that
     * matched the user's stored hash minutes ago is not hashed again while that hash stands
     * ({@link RecentPasswordChecks}): reader apps send it with every request.
     *
     * @param clientAddress the address the attempt comes from, for throttling
     */
    public LoginOutcome login(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.strip();
        Duration wait = throttle.wait(name, clientAddress);
        if (!wait.isZero()) {
            log.info("Refused a sign-in as {} from {}: throttled for {} s more", loggable(name), clientAddress,
                    wait.toSeconds());
            return new LoginOutcome.Throttled(wait);
        }
        Optional<StoredUser> user = name.isEmpty() || password == null || password.length() > Credentials.MAX_PASSWORD_LENGTH
                ? Optional.empty()
                : database.users().findByName(name).filter(StoredUser::hasPassword);
        if (user.isPresent() && recentChecks.matchedRecently(name, password, user.get().passwordHash())) {
            return new LoginOutcome.Success(AuthenticatedUser.of(user.get()));
        }
        boolean matches = hasher.verify(password == null ? "" : password,
                user.map(StoredUser::passwordHash).orElseGet(this::decoyHash)) && user.isPresent();
        if (!matches) {
            throttle.failed(name, clientAddress);
            log.info("Failed sign-in as {} from {}", loggable(name), clientAddress);
            return new LoginOutcome.Refused();
        }
        throttle.succeeded(name);
        StoredUser found = user.get();
        String storedHash = found.passwordHash();
        if (hasher.needsRehash(storedHash)) {
            String upgraded = hasher.hash(password);
            if (database.users().upgradePasswordHash(found.id(), storedHash, upgraded)) {
                storedHash = upgraded;
            }
        }
        recentChecks.matched(name, password, storedHash);
        return new LoginOutcome.Success(AuthenticatedUser.of(found));
    }

    /** {@link #login} for protocols that only need to know whom the password belongs to. */
    public Optional<AuthenticatedUser> authenticatePassword(String username, String password, String clientAddress) {
        return login(username, password, clientAddress) instanceof LoginOutcome.Success success
                ? Optional.of(success.user())
                : Optional.empty();
    }

    /**
     * The user an API token ({@code nd_…}, user-created or a reader app's sign-in) acts for; empty
     * for a malformed, unknown, revoked or expired one. Not throttled: tokens have 256 random bits.
     */
    public Optional<AuthenticatedUser> authenticateToken(String token) {
        return tokens.authenticate(token);
    }

    /**
     * The user whose Fever key ({@code md5("username:password")} in hexadecimal, either case) this
     * is; throttled per client address, since the key is only as strong as the password.
     */
    public Optional<AuthenticatedUser> authenticateFeverKey(String md5hex, String clientAddress) {
        if (!throttle.wait(null, clientAddress).isZero()) {
            return Optional.empty();
        }
        String hash = Credentials.feverKeyHashOf(md5hex);
        Optional<AuthenticatedUser> user = hash == null
                ? Optional.empty()
                : database.users().findByFeverKeyHash(hash).map(AuthenticatedUser::of);
        if (user.isEmpty()) {
            throttle.failed(null, clientAddress);
            log.info("Failed Fever sign-in from {}", clientAddress);
        }
        return user;
    }

    /** Browsers' sessions. */
    public SessionService sessions() {
        return sessions;
    }

    /** Users' API tokens. */
    public TokenService tokens() {
        return tokens;
    }

    /** Adding, changing and removing users. */
    public UserAdministration users() {
        return users;
    }

    /** Made on first use: commands that never check a password do not pay for it. */
    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.hash(Secrets.newSecret());
            decoyHash = decoy;
        }
        return decoy;
    }

    private void forgetPasswordState() {
        noPasswordsSeenAt.set(null);
    }

    private static String loggable(String name) {
        String shown = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}

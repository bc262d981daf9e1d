package io.newsdesk.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.store.Database;
import io.newsdesk.store.Dialect;
import io.newsdesk.store.FeedRepository;
import io.newsdesk.store.StoredToken;
import io.newsdesk.store.TokenKind;
import io.newsdesk.store.testing.TestDatabase;
import io.newsdesk.store.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountServiceTest {

    private static final String ADDRESS = "192.0.2.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));
    private final TestDatabase test = TestDatabases.create(Dialect.SQLITE, clock);
    private final Database db = test.database();
    private final AccountService accounts = new AccountService(db, clock, new Argon2Parameters(64, 1, 1));

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theFirstAdministratorClaimsTheOwnerAndItsFeeds() {
        long feed = db.feeds().findOrCreate("https://a.example/feed", FeedRepository.REMOTE);
        db.feeds().subscribe(1, feed, null, null);
        assertThat(accounts.accountsEnabled()).isFalse();

        AddedUser added = accounts.users().add("alice", "s3cret-password", true);

        assertThat(added.claimedOwner()).isTrue();
        assertThat(added.user().id()).isEqualTo(1);
        assertThat(added.user().hasPassword()).isTrue();
        assertThat(db.feeds().find(1, feed)).isPresent();
        assertThat(accounts.accountsEnabled()).isTrue();

        AddedUser second = accounts.users().add("root", "another-password", true);
        assertThat(second.claimedOwner()).isFalse();
        assertThat(accounts.users().list()).extracting(UserInfo::username).containsExactly("alice", "root");
    }

    @Test
    void aUserWhoIsNotAnAdministratorLeavesTheOwnerAlone() {
        AddedUser bob = accounts.users().add("bob", "bobs-password", false);

        assertThat(bob.claimedOwner()).isFalse();
        assertThat(bob.user().admin()).isFalse();
        assertThat(accounts.users().find("owner")).get().extracting(UserInfo::hasPassword).isEqualTo(false);
    }

    @Test
    void namesAndPasswordsFollowTheRules() {
        accounts.users().add("alice", "long-enough", true);

        assertThatThrownBy(() -> accounts.users().add("Alice", "long-enough", false))
                .isInstanceOfSatisfying(NewsdeskException.class,
                        e -> assertThat(e.kind()).isEqualTo(NewsdeskException.Kind.CONFLICT))
                .hasMessage("a user named Alice exists already");
        assertThatThrownBy(() -> accounts.users().add("bad name", "long-enough", false))
                .hasMessageContaining("a username is 1 to 64 letters");
        assertThatThrownBy(() -> accounts.users().add("carol", "short", false))
                .hasMessage("a password needs at least 8 characters");
        assertThatThrownBy(() -> accounts.users().changePassword("nobody", "long-enough"))
                .isInstanceOfSatisfying(NewsdeskException.class,
                        e -> assertThat(e.kind()).isEqualTo(NewsdeskException.Kind.NOT_FOUND));
    }

    @Test
    void aPasswordSignsInItsUserAndNothingElse() {
        accounts.users().add("alice", "alices-password", true);

        assertThat(accounts.login("alice", "alices-password", ADDRESS))
                .isEqualTo(new LoginOutcome.Success(new AuthenticatedUser(1, "alice", true)));
        assertThat(accounts.login("alice", "wrong-password", ADDRESS)).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(accounts.login("ALICE", "alices-password", ADDRESS)).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(accounts.login("nobody", "alices-password", ADDRESS)).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(accounts.login("owner", "", ADDRESS)).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(accounts.authenticatePassword(null, null, null)).isEmpty();
        assertThat(accounts.authenticatePassword("alice", "alices-password", ADDRESS)).isPresent();
    }

    @Test
    void repeatedFailuresThrottleEvenTheRightPasswordAndUnknownNamesAlike() {
        accounts.users().add("alice", "alices-password", true);
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            accounts.login("alice", "guess " + i, "198.51.100." + i);
            accounts.login("nobody", "guess " + i, "198.51.100." + i);
        }

        assertThat(accounts.login("alice", "alices-password", ADDRESS))
                .isEqualTo(new LoginOutcome.Throttled(Duration.ofSeconds(1)));
        assertThat(accounts.login("nobody", "anything", ADDRESS))
                .isEqualTo(new LoginOutcome.Throttled(Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.login("alice", "alices-password", ADDRESS)).isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void weakerHashesAreUpgradedAtSignIn() {
        accounts.users().add("alice", "alices-password", true);
        AccountService stronger = new AccountService(db, clock, new Argon2Parameters(128, 1, 1));

        assertThat(stronger.login("alice", "alices-password", ADDRESS)).isInstanceOf(LoginOutcome.Success.class);

        assertThat(db.users().find(1).orElseThrow().passwordHash()).contains("m=128,");
        assertThat(accounts.login("alice", "alices-password", ADDRESS)).isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void tokensActForTheirUserUntilRevoked() {
        long bob = accounts.users().add("bob", "bobs-password", false).user().id();
        NewToken token = accounts.tokens().create(bob, "  newsboat  ");

        assertThat(token.secret()).startsWith("nd_").hasSize(46);
        assertThat(token.toString()).doesNotContain(token.secret());
        assertThat(token.token().name()).isEqualTo("newsboat");
        assertThat(accounts.authenticateToken(token.secret())).contains(new AuthenticatedUser(bob, "bob", false));
        assertThat(accounts.tokens().list(bob)).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isEqualTo(clock.instant()));
        assertThat(accounts.authenticateToken(token.secret() + "x")).isEmpty();
        assertThat(accounts.authenticateToken("Bearer " + token.secret())).isEmpty();
        assertThat(accounts.authenticateToken(null)).isEmpty();

        assertThatThrownBy(() -> accounts.tokens().revoke(1, token.token().id()))
                .isInstanceOfSatisfying(NewsdeskException.class,
                        e -> assertThat(e.kind()).isEqualTo(NewsdeskException.Kind.NOT_FOUND));
        assertThat(accounts.authenticateToken(token.secret())).isPresent();
        accounts.tokens().revoke(bob, token.token().id());
        assertThat(accounts.authenticateToken(token.secret())).isEmpty();
        assertThatThrownBy(() -> accounts.tokens().create(bob, " ")).hasMessageContaining("give the token a name");
    }

    @Test
    void readerAppSignInsEndWhenUnused() {
        NewToken login = accounts.tokens().issueClientLogin(1, "Reeder");
        assertThat(login.token().kind()).isEqualTo(TokenKind.CLIENT_LOGIN);

        clock.advance(TokenService.CLIENT_LOGIN_IDLE.minusDays(1));
        assertThat(accounts.authenticateToken(login.secret())).isPresent();
        clock.advance(TokenService.CLIENT_LOGIN_IDLE.minusDays(1));
        assertThat(accounts.authenticateToken(login.secret())).as("pushed back by its use").isPresent();
        clock.advance(TokenService.CLIENT_LOGIN_IDLE);
        assertThat(accounts.authenticateToken(login.secret())).isEmpty();

        for (int i = 0; i < TokenService.CLIENT_LOGINS_KEPT + 3; i++) {
            accounts.tokens().issueClientLogin(1, "newsboat");
        }
        assertThat(accounts.tokens().list(1)).hasSize(TokenService.CLIENT_LOGINS_KEPT)
                .extracting(StoredToken::kind).containsOnly(TokenKind.CLIENT_LOGIN);
    }

    @Test
    void feverKeysAreTheMd5OfNameAndPassword() throws Exception {
        accounts.users().add("alice", "alices-password", true);
        String key = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest("alice:alices-password".getBytes(StandardCharsets.UTF_8)));

        assertThat(accounts.authenticateFeverKey(key, ADDRESS)).map(AuthenticatedUser::username).contains("alice");
        assertThat(accounts.authenticateFeverKey(key.toUpperCase(), ADDRESS)).isPresent();
        assertThat(accounts.authenticateFeverKey("0".repeat(32), ADDRESS)).isEmpty();
        assertThat(accounts.authenticateFeverKey("not hex", ADDRESS)).isEmpty();

        accounts.users().changePassword("alice", "a-new-password");
        assertThat(accounts.authenticateFeverKey(key, ADDRESS)).isEmpty();
    }

    @Test
    void sessionsLastUntilIdleOrOld() {
        AuthenticatedUser alice = new AuthenticatedUser(1, "owner", true);
        NewSession session = accounts.sessions().start(alice);

        ActiveSession active = accounts.sessions().resume(session.secret()).orElseThrow();
        assertThat(active.user()).isEqualTo(alice);
        assertThat(active.csrfToken()).isNotBlank().isNotEqualTo(session.secret())
                .isEqualTo(accounts.sessions().resume(session.secret()).orElseThrow().csrfToken());
        assertThat(accounts.sessions().resume("made-up")).isEmpty();
        assertThat(accounts.sessions().resume("x".repeat(10_000))).isEmpty();

        for (int i = 0; i < 4; i++) {
            clock.advance(SessionService.IDLE_TIMEOUT.minusDays(1));
            assertThat(accounts.sessions().resume(session.secret())).as("used within the idle timeout").isPresent();
        }
        clock.advance(SessionService.LIFETIME);
        assertThat(accounts.sessions().resume(session.secret())).as("past its lifetime").isEmpty();

        NewSession idle = accounts.sessions().start(alice);
        clock.advance(SessionService.IDLE_TIMEOUT.plusMinutes(1));
        assertThat(accounts.sessions().resume(idle.secret())).isEmpty();

        NewSession ended = accounts.sessions().start(alice);
        accounts.sessions().end(ended.secret());
        assertThat(accounts.sessions().resume(ended.secret())).isEmpty();
    }

    @Test
    void changingAPasswordEndsSessionsAndTokens() {
        accounts.users().add("alice", "alices-password", true);
        AuthenticatedUser alice = accounts.authenticatePassword("alice", "alices-password", ADDRESS).orElseThrow();
        NewSession session = accounts.sessions().start(alice);
        NewToken token = accounts.tokens().create(alice.id(), "script");

        accounts.users().changePassword("alice", "a-new-password");

        assertThat(accounts.sessions().resume(session.secret())).isEmpty();
        assertThat(accounts.authenticateToken(token.secret())).isEmpty();
        assertThat(accounts.authenticatePassword("alice", "alices-password", ADDRESS)).isEmpty();
        assertThat(accounts.authenticatePassword("alice", "a-new-password", ADDRESS)).isPresent();
    }

    @Test
    void aPasswordChangedByAnotherProcessEndsTheRememberedCheckAtOnce() {
        accounts.users().add("alice", "alices-password", true);
        accounts.users().add("bob", "bobs-password", false);
        assertThat(accounts.authenticatePassword("bob", "bobs-password", ADDRESS)).isPresent();
        assertThat(accounts.authenticatePassword("bob", "bobs-password", ADDRESS)).as("remembered").isPresent();
        AccountService commandLine = new AccountService(db, clock, new Argon2Parameters(64, 1, 1));

        commandLine.users().changePassword("bob", "a-new-password");

        assertThat(accounts.authenticatePassword("bob", "bobs-password", ADDRESS)).isEmpty();
        assertThat(accounts.authenticatePassword("bob", "a-new-password", ADDRESS)).isPresent();
        commandLine.users().remove("bob");
        assertThat(accounts.authenticatePassword("bob", "a-new-password", ADDRESS)).isEmpty();
    }

    @Test
    void removingKeepsAnAdministratorAndTheCommandLinesUser() {
        accounts.users().add("alice", "alices-password", true);
        AddedUser root = accounts.users().add("root", "roots-password", true);
        AddedUser bob = accounts.users().add("bob", "bobs-password", false);
        NewToken token = accounts.tokens().create(bob.user().id(), "script");

        assertThatThrownBy(() -> accounts.users().remove("alice")).hasMessageContaining("command line");
        accounts.users().remove("bob");
        assertThat(accounts.authenticateToken(token.secret())).isEmpty();
        assertThatThrownBy(() -> accounts.users().remove("bob"))
                .isInstanceOfSatisfying(NewsdeskException.class,
                        e -> assertThat(e.kind()).isEqualTo(NewsdeskException.Kind.NOT_FOUND));
        accounts.users().remove(root.user().id());
        assertThat(accounts.users().list()).extracting(UserInfo::username).containsExactly("alice");
    }

    @Test
    void anotherProcessAddingTheFirstPasswordIsNoticedWithinASecond() {
        AccountService server = new AccountService(db, clock, new Argon2Parameters(64, 1, 1));
        assertThat(server.accountsEnabled()).isFalse();

        accounts.users().add("alice", "alices-password", true);
        assertThat(server.accountsEnabled()).as("within the recheck interval").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(server.accountsEnabled()).isTrue();
    }
}

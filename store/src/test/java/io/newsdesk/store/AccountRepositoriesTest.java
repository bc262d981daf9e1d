package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

class AccountRepositoriesTest {

    private static final Instant FAR = Instant.now().plus(Duration.ofDays(30));

    @DatabaseTest
    void theOwnerIsClaimedOnceKeepingItsData(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        assertThat(db.users().anyPassword()).isFalse();

        assertThat(db.users().claimOwner("alice", "hash-a", "fever-a")).contains(1L);

        StoredUser alice = db.users().findByName("alice").orElseThrow();
        assertThat(alice.id()).isEqualTo(1);
        assertThat(alice.admin()).isTrue();
        assertThat(alice.passwordHash()).isEqualTo("hash-a");
        assertThat(alice.toString()).doesNotContain("hash-a");
        assertThat(db.feeds().find(1, feed)).isPresent();
        assertThat(db.users().anyPassword()).isTrue();
        assertThat(db.users().findByFeverKeyHash("fever-a")).map(StoredUser::id).contains(1L);
        assertThat(db.users().claimOwner("mallory", "hash-m", "fever-m")).isEmpty();
        assertThat(db.users().findByName("mallory")).isEmpty();
    }

    @DatabaseTest
    void theOwnerIsNotClaimedWhenOtherUsersExist(TestDatabase test) {
        test.addUser("bob");

        assertThat(test.database().users().claimOwner("alice", "hash", "fever")).isEmpty();
        assertThat(test.database().users().find(1).orElseThrow().username()).isEqualTo("owner");
    }

    @DatabaseTest
    void namesAreUniqueWhateverTheirCase(Database db) {
        long bob = db.users().create("bob", "hash-b", "fever-b", false).orElseThrow();

        assertThat(db.users().create("BOB", "hash", "fever", false)).isEmpty();
        assertThat(db.users().create("owner", "hash", "fever", false)).isEmpty();
        assertThat(db.users().list()).extracting(StoredUser::username).containsExactly("owner", "bob");
        assertThat(db.users().find(bob).orElseThrow().admin()).isFalse();
        assertThat(db.users().findByName("Bob")).isEmpty();
    }

    @DatabaseTest
    void changingAPasswordEndsSessionsAndTokens(Database db) {
        long bob = db.users().create("bob", "hash-1", "fever-1", false).orElseThrow();
        db.sessions().create("session-hash", bob, FAR);
        db.apiTokens().create(bob, "cli", TokenKind.API, "token-hash", null);

        assertThat(db.users().changePassword(bob, "hash-2", "fever-2")).isTrue();

        assertThat(db.sessions().find("session-hash")).isEmpty();
        assertThat(db.apiTokens().findByHash("token-hash")).isEmpty();
        assertThat(db.users().findByFeverKeyHash("fever-1")).isEmpty();
        assertThat(db.users().findByFeverKeyHash("fever-2")).isPresent();
        assertThat(db.users().changePassword(999, "hash", "fever")).isFalse();
    }

    @DatabaseTest
    void removingAUserDeletesTheirStateAndTheFeedsOnlyTheyRead(Database db) {
        long bob = db.users().create("bob", "hash", "fever", false).orElseThrow();
        long shared = TestEntries.subscribedFeed(db, "https://shared.example/feed");
        db.feeds().subscribe(bob, shared, null, "News");
        long own = db.feeds().findOrCreate("https://bob.example/feed", FeedRepository.REMOTE);
        db.feeds().subscribe(bob, own, null, null);
        long entry = db.entries().upsert(shared, List.of(entry("1", "One")), NOW).inserted().getFirst();
        db.entries().setStarred(bob, entry, true);
        db.sessions().create("session-hash", bob, FAR);

        assertThat(db.users().remove(bob)).isTrue();

        assertThat(db.users().find(bob)).isEmpty();
        assertThat(db.sessions().find("session-hash")).isEmpty();
        assertThat(db.categories().list(bob)).isEmpty();
        assertThat(db.feeds().idByUrl("https://bob.example/feed")).isEmpty();
        assertThat(db.feeds().find(1, shared)).isPresent();
        assertThat(db.tombstones().pending(10)).singleElement()
                .satisfies(tombstone -> assertThat(tombstone.feedId()).isEqualTo(own));
        assertThat(db.users().remove(bob)).isFalse();
    }

    @DatabaseTest
    void sessionsAreFoundByDigestTouchedAndExpired(Database db) {
        db.sessions().create("live", 1, FAR);
        db.sessions().create("ended", 1, Instant.now().minusSeconds(1));

        StoredSession live = db.sessions().find("live").orElseThrow();
        assertThat(live.user().username()).isEqualTo("owner");
        assertThat(live.expiresAt()).isEqualTo(FAR.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        assertThat(db.sessions().deleteExpired(Instant.now().minus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(db.sessions().find("ended")).isEmpty();
        db.sessions().touch("live");
        assertThat(db.sessions().find("live").orElseThrow().lastSeenAt()).isAfterOrEqualTo(live.lastSeenAt());
        assertThat(db.sessions().deleteExpired(Instant.now().plusSeconds(60))).isEqualTo(1);
        db.sessions().delete("never-existed");
    }

    @DatabaseTest
    void tokensBelongToTheirUserOnly(Database db) {
        long bob = db.users().create("bob", "hash", "fever", false).orElseThrow();
        long token = db.apiTokens().create(1, "newsboat", TokenKind.API, "owner-token", null);

        assertThat(db.apiTokens().list(bob)).isEmpty();
        assertThat(db.apiTokens().find(bob, token)).isEmpty();
        assertThat(db.apiTokens().revoke(bob, token)).isFalse();
        assertThat(db.apiTokens().findByHash("owner-token")).hasValueSatisfying(holder -> {
            assertThat(holder.user().id()).isEqualTo(1);
            assertThat(holder.token().name()).isEqualTo("newsboat");
            assertThat(holder.token().lastUsedAt()).isNull();
        });

        db.apiTokens().touch(token, null);
        assertThat(db.apiTokens().list(1)).singleElement().satisfies(t -> {
            assertThat(t.lastUsedAt()).isNotNull();
            assertThat(t.expiresAt()).isNull();
        });
        assertThat(db.apiTokens().revoke(1, token)).isTrue();
        assertThat(db.apiTokens().findByHash("owner-token")).isEmpty();
    }

    @DatabaseTest
    void pruningKeepsTheNewestClientLoginsAndDropsExpiredTokens(Database db) {
        for (int i = 0; i < 4; i++) {
            db.apiTokens().create(1, "login " + i, TokenKind.CLIENT_LOGIN, "login-" + i, FAR);
        }
        db.apiTokens().create(1, "kept", TokenKind.API, "api", null);
        db.apiTokens().create(1, "old", TokenKind.API, "expired", Instant.now().minusSeconds(5));

        assertThat(db.apiTokens().prune(1, TokenKind.CLIENT_LOGIN, 2)).isEqualTo(3);

        assertThat(db.apiTokens().list(1)).extracting(StoredToken::name).containsExactly("kept", "login 3", "login 2");
    }
}

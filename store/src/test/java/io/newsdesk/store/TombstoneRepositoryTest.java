package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.store.testing.DatabaseTest;
import java.util.List;

class TombstoneRepositoryTest {

    @DatabaseTest
    void tombstonesWaitUntilRemoved(Database db) {
        long a = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long b = TestEntries.subscribedFeed(db, "https://b.example/feed");
        db.feeds().unsubscribe(1, a);
        db.feeds().unsubscribe(1, b);

        List<Tombstone> pending = db.tombstones().pending(10);
        assertThat(pending).extracting(Tombstone::feedId).containsExactly(a, b);
        assertThat(db.tombstones().pending(1)).extracting(Tombstone::feedId).containsExactly(a);

        db.tombstones().remove(List.of(pending.getFirst().id()));
        db.tombstones().remove(List.of());

        assertThat(db.tombstones().pending(10)).extracting(Tombstone::feedId).containsExactly(b);
    }
}

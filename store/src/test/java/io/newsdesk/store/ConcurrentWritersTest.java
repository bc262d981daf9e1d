package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Entry;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two {@link Database} instances on the same data stand in for two processes (the server and a
 * command of the command line) writing at the same time.
 */
class ConcurrentWritersTest {

    private static final int WRITERS = 4;
    private static final int ROUNDS = 25;

    @DatabaseTest
    void twoInstancesWriteAtOnceWithoutErrorsDuplicatesOrLostRows(TestDatabase test) throws Exception {
        Database[] instances = {test.database(), test.openAnother()};
        String url = "https://busy.example/feed";
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Result>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            Database db = instances[writer % instances.length];
            int id = writer;
            writers.add(() -> {
                start.await();
                return write(db, url, id);
            });
        }

        List<Result> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Result>> futures = writers.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).extracting(Result::feedId).containsOnly(results.getFirst().feedId());
        Set<Long> inserted = new HashSet<>();
        int insertedCount = 0;
        int markedRead = 0;
        for (Result result : results) {
            inserted.addAll(result.inserted());
            insertedCount += result.inserted().size();
            markedRead += result.markedRead();
            assertThat(result.updated()).isZero();
        }
        int ownEntries = WRITERS * ROUNDS * 2;
        int sharedEntries = ROUNDS * 2;
        assertThat(insertedCount).as("each entry inserted exactly once").isEqualTo(ownEntries + sharedEntries);
        assertThat(inserted).hasSize(ownEntries + sharedEntries);
        assertThat(markedRead).isEqualTo(ownEntries);
        for (Database db : instances) {
            Page<?> all = db.entries().list(1, EntryQuery.latest(1));
            Page<?> read = db.entries().list(1, new EntryQuery(null, ReadFilter.READ, null, null, 1, 0));
            assertThat(all.total()).isEqualTo(ownEntries + sharedEntries);
            assertThat(read.total()).isEqualTo(ownEntries);
        }
    }

    /** Each round stores two entries of this writer's own and two that every writer stores. */
    private static Result write(Database db, String url, int writer) {
        long feedId = db.feeds().findOrCreate(url, FeedRepository.REMOTE);
        db.feeds().subscribe(1, feedId, null, "Busy");
        List<Long> inserted = new ArrayList<>();
        int updated = 0;
        int markedRead = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<Entry> batch = List.of(
                    entry("w" + writer + "-r" + round + "-a", "Own A"),
                    entry("w" + writer + "-r" + round + "-b", "Own B"),
                    entry("shared-r" + round + "-a", "Shared A"),
                    entry("shared-r" + round + "-b", "Shared B"));
            UpsertResult result = db.entries().upsert(feedId, batch, NOW);
            assertThat(result.ids()).hasSize(batch.size()).doesNotContainNull();
            inserted.addAll(result.inserted());
            updated += result.updated().size();
            List<Long> own = db.entries().list(1, new EntryQuery(feedId, ReadFilter.UNREAD, null, null, 500, 0))
                    .items().stream()
                    .filter(e -> e.entry().guid().startsWith("w" + writer + "-"))
                    .map(e -> e.id())
                    .toList();
            markedRead += db.entries().setRead(1, own, true);
            db.settings().put("writer." + writer, String.valueOf(round));
        }
        return new Result(feedId, inserted, updated, markedRead);
    }

    private record Result(long feedId, List<Long> inserted, int updated, int markedRead) {}
}

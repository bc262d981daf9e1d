package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** Processes that start together on a new data folder must not trip over each other creating the schema. */
class FreshDatabaseRaceTest {

    private static final int OPENERS = 4;

    @TempDir
    Path folder;

    @RepeatedTest(10)
    void severalOpenersOfANewFileAllSucceedAndTheSchemaIsCreatedOnce() throws Exception {
        DatabaseLocation location = DatabaseLocation.sqlite(folder.resolve("newsdesk.db"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(OPENERS);
        List<Database> opened = new ArrayList<>();
        try {
            List<Future<Database>> openers = new ArrayList<>();
            for (int i = 0; i < OPENERS; i++) {
                openers.add(pool.submit(() -> {
                    start.await();
                    return Database.open(location, Clock.systemUTC());
                }));
            }
            start.countDown();
            for (Future<Database> opener : openers) {
                opened.add(opener.get());
            }

            for (Database db : opened) {
                db.feeds().findOrCreate("https://a.example/feed", FeedRepository.REMOTE);
            }
            assertThat(opened.getFirst().feeds().idByUrl("https://a.example/feed")).isPresent();
        } finally {
            opened.forEach(Database::close);
            pool.shutdownNow();
        }
    }
}

package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server and a command of the command line are separate processes on one SQLite file. Two
 * writer processes start on a fresh data folder at the same moment (so both find no schema) and
 * write to the same feed.
 */
class TwoProcessesTest {

    static final String FEED_URL = "https://shared.example/feed";
    static final int ROUNDS = 30;

    @TempDir
    Path folder;

    @Test
    void twoProcessesCreateAndWriteOneDatabaseAtOnce() throws Exception {
        Path database = folder.resolve("data/newsdesk.db");
        Path go = folder.resolve("go");
        // Both writers are fresh JVMs, so neither is ahead of the other when the signal comes.
        List<Process> writers = new ArrayList<>();
        try {
            for (String name : List.of("first", "second")) {
                writers.add(startWriter(database, name, go));
            }
            for (int i = 0; i < writers.size(); i++) {
                awaitFile(readyFile(i == 0 ? "first" : "second"), writers.get(i));
            }
            Files.createFile(go);
            for (Process writer : writers) {
                assertThat(writer.waitFor(2, TimeUnit.MINUTES)).as("writer finished").isTrue();
            }
        } finally {
            writers.forEach(Process::destroyForcibly);
        }

        for (String name : List.of("first", "second")) {
            int exit = writers.get(name.equals("first") ? 0 : 1).exitValue();
            assertThat(exit).as(Files.readString(folder.resolve(name + ".log"))).isZero();
        }
        try (Database db = Database.open(database.toString())) {
            long total = db.entries().list(1, EntryQuery.latest(1)).total();
            assertThat(total).isEqualTo(ROUNDS * 2 * 2 + ROUNDS);
            assertThat(db.feeds().list(1)).singleElement().satisfies(s -> assertThat(s.total()).isEqualTo(total));
        }
    }

    private Process startWriter(Path database, String name, Path go) throws IOException {
        return new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp", System.getProperty("java.class.path"),
                        WriterProcess.class.getName(),
                        database.toString(), name, readyFile(name).toString(), go.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve(name + ".log").toFile())
                .start();
    }

    private Path readyFile(String name) {
        return folder.resolve(name + ".ready");
    }

    /** Two entries of this writer's own and one shared entry per round, each round its own upsert. */
    static void writeEntries(Path database, String writer) {
        try (Database db = Database.open(DatabaseLocation.sqlite(database), Clock.systemUTC())) {
            long feed = db.feeds().findOrCreate(FEED_URL, FeedRepository.REMOTE);
            db.feeds().subscribe(1, feed, null, null);
            for (int round = 0; round < ROUNDS; round++) {
                List<Entry> batch = new ArrayList<>();
                batch.add(entry(writer + "-" + round + "-a", "Own"));
                batch.add(entry(writer + "-" + round + "-b", "Own"));
                batch.add(entry("shared-" + round, "Shared"));
                db.entries().upsert(feed, batch, NOW);
                db.settings().put("last." + writer, Integer.toString(round));
            }
        }
    }

    private static void awaitFile(Path file, Process process) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!Files.exists(file)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IOException("the child process did not start: exit "
                        + (process.isAlive() ? "none yet" : process.exitValue()));
            }
            Thread.sleep(5);
        }
    }
}

package io.newsdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A writer process of {@link TwoProcessesTest}: announces that it is up, waits for the signal,
 * then opens the database and writes with {@link TwoProcessesTest#writeEntries}. Exits 0 on success.
 */
public final class WriterProcess {

    private WriterProcess() {}

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        String writer = args[1];
        Path ready = Path.of(args[2]);
        Path go = Path.of(args[3]);
        Files.createFile(ready);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!Files.exists(go)) {
            if (Instant.now().isAfter(deadline)) {
                System.exit(3);
            }
            Thread.sleep(5);
        }
        TwoProcessesTest.writeEntries(database, writer);
    }
}

package io.newsdesk.cli;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.search.IndexSync;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsdesk reindex}: rebuild the search index from the database. */
@Command(name = "reindex", description = {
    "Rebuild the search index from the database.",
    "When a server runs on the same data folder, it does the rebuild and this command waits for it."
})
final class ReindexCommand extends Subcommand {

    private static final Duration POLL = Duration.ofMillis(250);

    @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "60",
            description = "How long to wait for a running server's rebuild (default ${DEFAULT-VALUE}).")
    long timeoutMinutes;

    @Override
    public Integer call() throws InterruptedException {
        try (Newsdesk newsdesk = open()) {
            IndexSync index = newsdesk.index();
            long indexed;
            try (TerminalProgress progress = TerminalProgress.on(err(), "Indexing")) {
                indexed = index.rebuild(progress);
                if (indexed < 0) {
                    err().println("A running server owns the search index; it is rebuilding it now.");
                    err().flush();
                    indexed = waitForOwner(index, progress);
                }
            }
            out().printf("Rebuilt the search index: %s indexed.%n", Text.count(indexed, "entry", "entries"));
            return 0;
        }
    }

    /**
     * Waits until the owner has taken the request up and indexed everything.
     *
     * @return how many entries the owner had to index: all of them, as this process marked them
     */
    private long waitForOwner(IndexSync index, TerminalProgress progress) throws InterruptedException {
        // The request marked every entry for indexing, so what is pending now is the whole rebuild.
        long total = index.pending();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(timeoutMinutes));
        while (index.rebuildPending() || index.pending() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new NewsdeskException(NewsdeskException.Kind.INTERNAL,
                        "the server has not finished the rebuild after " + timeoutMinutes
                                + " minutes; it goes on in the background");
            }
            long pending = index.pending();
            total = Math.max(total, pending);
            progress.progress(total - pending, total, null);
            Thread.sleep(POLL.toMillis());
        }
        return total;
    }
}

package io.newsdesk.bench.polling;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.store.Database;
import io.newsdesk.store.FeedRepository;
import io.newsdesk.store.StoreException;
import java.net.URI;
import java.util.List;

/**
 * Subscribes the owner to every feed straight through the repository, without fetching any (an
 * OPML import would check each one, which is the very work the benchmark measures): every feed
 * is then due at once.
 */
final class Subscriptions {

    private Subscriptions() {}

    /** Subscribes to every URL in the database at {@code location}. */
    static void subscribeAll(String location, List<URI> feeds) throws BenchmarkException {
        try (Database database = Database.open(location)) {
            for (URI feed : feeds) {
                long feedId = database.feeds().findOrCreate(feed.toString(), FeedRepository.REMOTE);
                database.feeds().subscribe(Newsdesk.OWNER, feedId, null, null);
            }
        } catch (StoreException e) {
            throw new BenchmarkException("cannot subscribe to the feeds: " + e.getMessage(), e);
        }
    }
}

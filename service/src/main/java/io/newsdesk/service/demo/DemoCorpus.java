package io.newsdesk.service.demo;

import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.opml.Opml;
import io.newsdesk.parse.opml.OpmlException;
import io.newsdesk.parse.opml.OpmlFeed;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.imports.Documents;
import io.newsdesk.service.imports.ImportService;
import io.newsdesk.service.imports.ImportedFile;
import io.newsdesk.store.Database;
import io.newsdesk.store.FeedMetadata;
import io.newsdesk.store.FeedRepository;
import io.newsdesk.store.UpsertResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * The demo corpus bundled with Newsdesk: five feeds of fictional outlets (one per format) plus a
 * few article pages and aggregator teasers, written for the project, so a reader without network
 * has something to read. Feeds get {@code demo:} URLs and are never polled. Loading twice changes
 * nothing.
 */
public final class DemoCorpus {

    private static final String ROOT = "demo/";

    private final Database database;
    private final ImportService imports;
    private final Documents documents;
    private final Clock clock;
    private final Runnable onStored;

    public DemoCorpus(Database database, ImportService imports, Documents documents, Clock clock, Runnable onStored) {
        this.database = database;
        this.imports = imports;
        this.documents = documents;
        this.clock = clock;
        this.onStored = onStored;
    }

    /**
     * What loading did.
     *
     * @param feeds feeds the user is now subscribed to from the corpus (including imported articles)
     * @param entries entries in the corpus
     * @param inserted entries stored for the first time
     */
    public record Loaded(int feeds, int entries, int inserted) {}

    /** Subscribes the user to the demo feeds and imports the demo pages and teasers. */
    public Loaded load(long userId, ProgressListener progress) {
        List<OpmlFeed> feeds = feedList();
        List<String> extras = resourceLines("imports.txt");
        long total = feeds.size() + extras.size();
        int entries = 0;
        int inserted = 0;
        long done = 0;
        for (OpmlFeed feed : feeds) {
            FeedDocument document = documents.parseFeed(resource(feed.xmlUrl().substring("demo:".length())), null, feed.htmlUrl());
            long feedId = database.feeds().findOrCreate(feed.xmlUrl(), FeedRepository.LOCAL);
            if (database.feeds().find(userId, feedId).isEmpty()) {
                // Loading again (serve --demo at every start) keeps what the user renamed or refiled.
                database.feeds().subscribe(userId, feedId, feed.title(), feed.category());
            }
            database.feeds().updateMetadata(feedId, FeedMetadata.of(document));
            UpsertResult stored = database.entries().upsert(feedId, document.entries(), clock.instant());
            entries += document.entries().size();
            inserted += stored.inserted().size();
            progress.progress(++done, total, feed.title());
        }
        for (String path : extras) {
            ImportedFile file = imports.importDocument(userId, path, resource(path), null);
            entries += file.entryIds().size();
            inserted += file.inserted();
            progress.progress(++done, total, path);
        }
        onStored.run();
        return new Loaded(feeds.size() + (extras.isEmpty() ? 0 : 1), entries, inserted);
    }

    private List<OpmlFeed> feedList() {
        try {
            return Opml.read(resource("demo.opml")).feeds();
        } catch (OpmlException e) {
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, "the bundled demo OPML is broken: " + e.getMessage(), e);
        }
    }

    private List<String> resourceLines(String path) {
        return new String(resource(path), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, "the demo corpus lacks " + ROOT + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, "cannot read " + ROOT + path + ": " + e.getMessage(), e);
        }
    }
}

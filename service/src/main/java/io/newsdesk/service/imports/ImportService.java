package io.newsdesk.service.imports;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.DocumentKind;
import io.newsdesk.parse.DocumentSniffer;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.store.Database;
import io.newsdesk.store.FeedMetadata;
import io.newsdesk.store.FeedRepository;
import io.newsdesk.store.UpsertResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings documents in from files: feed documents, article pages and aggregator teaser text, each
 * recognised from its content, not its file name. Entries go to local feeds the user is
 * subscribed to.
 */
public final class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Database database;
    private final Documents documents;
    private final Clock clock;
    private final Runnable onStored;

    public ImportService(Database database, Documents documents, Clock clock, Runnable onStored) {
        this.database = database;
        this.documents = documents;
        this.clock = clock;
        this.onStored = onStored;
    }

    /** Imports each file in turn; one bad file is reported and does not stop the others. */
    public List<ImportedFile> importFiles(long userId, List<Path> files, ProgressListener progress) {
        List<ImportedFile> results = new ArrayList<>(files.size());
        progress.progress(0, files.size(), null);
        for (Path file : files) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            ImportedFile result;
            try {
                result = importDocument(userId, name, Documents.read(file), null);
            } catch (NewsdeskException e) {
                result = ImportedFile.failed(name, DocumentKind.UNKNOWN, e.getMessage());
            } catch (RuntimeException e) {
                // A bug or a storage failure on one file must not lose the rest of the batch.
                log.error("Importing {} failed unexpectedly", file, e);
                result = ImportedFile.failed(name, DocumentKind.UNKNOWN, "internal error: " + e);
            }
            results.add(result);
            progress.progress(results.size(), files.size(), name);
        }
        return results;
    }

    /**
     * Imports one document's entries into a local feed the user is subscribed to: a feed document
     * into a local feed of its own, an article page or teaser text into "Imported articles".
     * Importing the same document again stores nothing twice.
     *
     * @param name the document's name, for messages and for a feed document without URLs
     * @param url where the document came from, for resolving relative links, or {@code null}
     * @throws NewsdeskException INVALID when the document is empty, OPML, or neither a feed, an
     *     HTML page nor text
     */
    public ImportedFile importDocument(long userId, String name, byte[] content, String url) {
        if (content.length == 0) {
            throw NewsdeskException.invalid(name + " is empty");
        }
        DocumentKind kind = DocumentSniffer.sniff(content, null);
        switch (kind) {
            case FEED -> {
                FeedDocument document = documents.parseFeed(content, null, url);
                String feedUrl = LocalFeeds.forFeedDocument(document.selfUrl(), document.link(), document.title(), name);
                String title = document.title() != null && !document.title().isBlank() ? document.title() : name;
                long feedId = localFeed(userId, feedUrl, title);
                database.feeds().updateMetadata(feedId, FeedMetadata.of(document));
                return store(name, kind, feedId, document.entries());
            }
            case HTML, TEXT -> {
                Extracted extracted = documents.extract(content, null, url);
                long feedId = localFeed(userId, LocalFeeds.IMPORTED_ARTICLES_URL, LocalFeeds.IMPORTED_ARTICLES_TITLE);
                return store(name, kind, feedId, List.of(extracted.entry()));
            }
            case OPML -> throw NewsdeskException.invalid(
                    name + " is an OPML subscription list: import it with `newsdesk opml import`");
            default -> throw NewsdeskException.invalid(
                    name + " is neither a feed, an HTML page nor text");
        }
    }

    private long localFeed(long userId, String url, String title) {
        long feedId = database.feeds().findOrCreate(url, FeedRepository.LOCAL);
        if (database.feeds().find(userId, feedId).isEmpty()) {
            database.feeds().subscribe(userId, feedId, title, null);
        }
        return feedId;
    }

    private ImportedFile store(String name, DocumentKind kind, long feedId, List<Entry> entries) {
        UpsertResult result = database.entries().upsert(feedId, entries, clock.instant());
        if (!result.inserted().isEmpty() || !result.updated().isEmpty()) {
            onStored.run();
        }
        return new ImportedFile(name, kind, feedId, result.ids(), result.inserted().size(), result.updated().size(), null);
    }
}

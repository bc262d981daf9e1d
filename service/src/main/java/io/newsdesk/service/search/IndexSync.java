package io.newsdesk.service.search;

import io.newsdesk.sanitize.HtmlSanitizer;
import io.newsdesk.search.SearchDocument;
import io.newsdesk.search.SearchIndex;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.background.SchedulerLoop;
import io.newsdesk.store.Database;
import io.newsdesk.store.IndexableEntry;
import io.newsdesk.store.Tombstone;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the database, which is the system of record: entries whose
 * revision is not yet indexed are indexed, deletions recorded as tombstones are applied, and a
 * requested rebuild starts from an empty index. The index is committed before the database is told
 * what was indexed, so a crash in between only means some entries are indexed twice.
 */
public final class IndexSync implements AutoCloseable {

    /** Settings key holding the time a rebuild was requested (possibly by another process). */
    public static final String REBUILD_REQUESTED = "search.rebuild_requested";

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);
    private static final int BATCH = 500;
    private static final Duration PERIOD = Duration.ofSeconds(5);
    /**
     * Catch-ups start at least a second apart: each commits the index, and a poller storing
     * feeds as fast as it can would otherwise commit a handful of entries at a time, merging the
     * index's segments over and over.
     */
    private static final Duration SHORTEST_GAP = Duration.ofSeconds(1);

    private final Database database;
    private final SearchIndexHandle index;
    private final Clock clock;
    private final SchedulerLoop loop;

    public IndexSync(Database database, SearchIndexHandle index, Clock clock) {
        this.database = database;
        this.index = index;
        this.clock = clock;
        this.loop = new SchedulerLoop("newsdesk-index", clock, PERIOD, SHORTEST_GAP);
    }

    /**
     * Applies everything pending to the index, if this process owns it.
     *
     * @return how many entries were indexed, or -1 when another process owns the index
     */
    public synchronized long catchUp(ProgressListener progress) {
        Optional<SearchIndex> owned = index.writer();
        if (owned.isEmpty()) {
            return -1;
        }
        SearchIndex writer = owned.get();
        try {
            Optional<String> rebuild = database.settings().get(REBUILD_REQUESTED);
            if (rebuild.isPresent()) {
                writer.deleteAll();
                // Committed at once: with nothing left to index, no later commit would carry it.
                writer.commit();
                database.entries().markAllForReindex();
            }
            applyTombstones(writer);
            long indexed = indexPending(writer, progress);
            if (rebuild.isPresent() && rebuild.equals(database.settings().get(REBUILD_REQUESTED))) {
                database.settings().remove(REBUILD_REQUESTED);
            }
            return indexed;
        } catch (UncheckedIOException e) {
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, "updating the search index failed: " + e.getMessage(), e);
        }
    }

    /**
     * Rebuilds the index from the database: at once if this process owns the index, otherwise by
     * asking the owner (the running server), which picks the request up within seconds.
     *
     * @return how many entries were indexed, or -1 when the rebuild was handed to the owner
     */
    public long rebuild(ProgressListener progress) {
        // The owner empties the index and marks every entry for indexing when it takes the request up.
        database.settings().put(REBUILD_REQUESTED, clock.instant().toString());
        if (index.writer().isEmpty()) {
            // Marked here as well, so that a process waiting for the owner can count its progress down.
            database.entries().markAllForReindex();
            return -1;
        }
        return catchUp(progress);
    }

    /** Whether a rebuild requested earlier is still waiting for the index owner. */
    public boolean rebuildPending() {
        return database.settings().get(REBUILD_REQUESTED).isPresent();
    }

    /** Entries whose current revision is not yet in the index. */
    public long pending() {
        return database.entries().countPendingIndex();
    }

    private void applyTombstones(SearchIndex writer) {
        while (true) {
            List<Tombstone> tombstones = database.tombstones().pending(BATCH);
            if (tombstones.isEmpty()) {
                return;
            }
            List<Long> entryIds = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Tombstone tombstone : tombstones) {
                if (tombstone.feedId() != null) {
                    writer.deleteFeed(tombstone.feedId());
                }
                if (tombstone.entryId() != null) {
                    entryIds.add(tombstone.entryId());
                }
                ids.add(tombstone.id());
            }
            writer.delete(entryIds);
            writer.commit();
            database.tombstones().remove(ids);
        }
    }

    private long indexPending(SearchIndex writer, ProgressListener progress) {
        long total = database.entries().countPendingIndex();
        long done = 0;
        Map<Long, Long> previous = Map.of();
        progress.progress(0, total, null);
        while (true) {
            List<IndexableEntry> batch = database.entries().pendingIndex(BATCH);
            if (batch.isEmpty()) {
                return done;
            }
            Map<Long, Long> revisions = new LinkedHashMap<>();
            List<SearchDocument> documents = new ArrayList<>(batch.size());
            for (IndexableEntry entry : batch) {
                revisions.put(entry.id(), entry.revision());
                documents.add(toDocument(entry));
            }
            if (revisions.equals(previous)) {
                // The database did not take note of the last batch; stop instead of spinning.
                log.warn("Index bookkeeping made no progress on {} entries; will retry later", revisions.size());
                return done;
            }
            writer.upsert(documents);
            writer.commit();
            database.entries().markIndexed(revisions);
            previous = revisions;
            done += batch.size();
            progress.progress(done, Math.max(total, done), null);
        }
    }

    static SearchDocument toDocument(IndexableEntry entry) {
        String html = entry.content() != null ? entry.content() : entry.summary();
        String source = entry.sourceName() != null ? entry.sourceName() : entry.feedTitle();
        return new SearchDocument(entry.id(), entry.feedId(), entry.title(), entry.dek(),
                body(HtmlSanitizer.toText(html), entry.fullText()), source, entry.published());
    }

    /** The entry's own text, then the article fetched from its page: either may be what a search names. */
    private static String body(String own, String fullText) {
        if (fullText == null || fullText.isBlank()) {
            return own;
        }
        return own.isBlank() ? fullText : own + "\n\n" + fullText;
    }

    /** Starts catching up in the background: now, when signalled, and every few seconds. */
    public void start() {
        loop.start(this::round, () -> {}, () -> {});
    }

    /** Asks the background worker to catch up soon (new entries were stored). */
    public void signal() {
        loop.wakeUp();
    }

    private void round() {
        // Taken before catching up, so a signal that comes meanwhile skips the sleep.
        loop.takeWakeUp();
        catchUp(ProgressListener.NONE);
        loop.sleepUntil(clock.instant().plus(PERIOD));
    }

    @Override
    public void close() {
        loop.close();
    }
}

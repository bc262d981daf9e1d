package io.newsdesk.service.fulltext;

import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.store.Database;
import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextMode;
import io.newsdesk.store.FullTextRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Full text for users: a feed's setting ({@code auto}, {@code on}, {@code off}), an entry's full
 * text and where it stands, and asking for an entry's page now. The pages themselves are fetched
 * by the {@link FullTextWorker}.
 */
public final class FullTextService {

    /** How many of a feed's latest entries have their pages fetched when its full text is turned on. */
    public static final int LATEST_WHEN_TURNED_ON = 10;

    private final Database database;
    private final Runnable onQueued;
    private final Clock clock;

    /**
     * @param onQueued called after pages were queued, so the worker looks at them at once
     */
    public FullTextService(Database database, Runnable onQueued, Clock clock) {
        this.database = database;
        this.onQueued = onQueued;
        this.clock = clock;
    }

    /**
     * The mode a user typed ({@code auto}, {@code on} or {@code off}, in any case).
     *
     * @throws NewsdeskException INVALID naming the accepted values
     */
    public static FullTextMode mode(String code) {
        try {
            return FullTextMode.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw NewsdeskException.invalid(e.getMessage());
        }
    }

    /**
     * Sets whether the pages of one of the user's feeds are fetched. The feed is stored once for
     * all its subscribers, and so is its setting. Turning it on fetches the pages of its {@value
     * #LATEST_WHEN_TURNED_ON} latest entries too; turning it off drops pages still waiting (full
     * texts fetched already stay); {@code auto} decides again from the feed's entries.
     *
     * @throws NewsdeskException NOT_FOUND when the user has no such feed
     */
    public void setMode(long userId, long feedId, FullTextMode mode) {
        if (database.feeds().find(userId, feedId).isEmpty()) {
            throw NewsdeskException.notFound("no feed " + feedId);
        }
        database.fullText().setMode(feedId, mode, LATEST_WHEN_TURNED_ON, clock.instant());
        onQueued.run();
    }

    /**
     * The full text of one of the user's entries.
     *
     * @return empty when its page was never wanted
     * @throws NewsdeskException NOT_FOUND when the user has no such entry
     */
    public Optional<FullText> get(long userId, long entryId) {
        visibleEntry(userId, entryId);
        return database.fullText().find(entryId);
    }

    /**
     * The full texts of entries the caller read from the user's own listings, by entry id; entries
     * whose page was never wanted are missing.
     */
    public Map<Long, FullText> of(Collection<Long> entryIds) {
        return database.fullText().find(entryIds);
    }

    /**
     * Asks for the page of one of the user's entries now, whatever its feed's setting: a page
     * that failed is tried again from the start; one fetched or waiting already is left as it is.
     *
     * @return the entry's full text as it stands now
     * @throws NewsdeskException NOT_FOUND when the user has no such entry, INVALID when the entry
     *     links to no web page
     */
    public FullText fetchNow(long userId, long entryId) {
        String link = visibleEntry(userId, entryId).entry().link();
        if (!FullTextRepository.isWebPage(link)) {
            throw NewsdeskException.invalid("entry " + entryId + " links to no web page to fetch");
        }
        FullText text = database.fullText().queueNow(entryId, link.strip(), clock.instant());
        onQueued.run();
        return text;
    }

    private StoredEntry visibleEntry(long userId, long entryId) {
        return database.entries().find(userId, entryId)
                .orElseThrow(() -> NewsdeskException.notFound("no entry " + entryId));
    }
}

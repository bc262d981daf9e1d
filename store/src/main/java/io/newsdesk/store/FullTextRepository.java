package io.newsdesk.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Full text: each feed's setting (and what {@link FullTextMode#AUTO} decided), the queue of entry
 * pages to fetch, and what fetching them gave. The queue lives in the database, so it survives
 * restarts and is shared by every process on the data folder; an entry's own teaser is never
 * changed.
 *
 * <p>An entry stored for a feed whose pages are fetched is queued in the same transaction that
 * stores it (see {@link EntryRepository#upsert}). Storing a fetched article raises the entry's
 * revision, so the search index picks the text up like any other change.
 *
 * @see Database#fullText()
 */
public final class FullTextRepository {

    private static final int IDS_PER_QUERY = 500;

    private final DatabaseAccess access;

    FullTextRepository(DatabaseAccess access) {
        this.access = access;
    }

    /** Whether a link is a page the queue takes: an http or https URL. */
    public static boolean isWebPage(String link) {
        if (link == null) {
            return false;
        }
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The feed's full-text setting; empty when there is no such feed. */
    public Optional<FullTextSetting> setting(long feedId) {
        return access.read("read the full-text setting of feed " + feedId, handle -> handle.createQuery(
                        "SELECT " + FullTextRows.SETTING_COLUMNS + " FROM feeds f WHERE f.id = :id")
                .bind("id", feedId)
                .map((rs, ctx) -> FullTextRows.setting(rs, feedId))
                .findOne());
    }

    /**
     * Sets the feed's full-text mode. {@link FullTextMode#ON} also queues the pages of the feed's
     * {@code recent} latest entries that have none yet; {@link FullTextMode#OFF} drops the pages
     * still waiting (articles fetched already stay); {@link FullTextMode#AUTO} forgets the last
     * decision, so that it is made again soon.
     *
     * @return whether the feed exists
     */
    public boolean setMode(long feedId, FullTextMode mode, int recent, Instant now) {
        Objects.requireNonNull(mode, "mode");
        return access.write("set the full-text mode of feed " + feedId, handle -> {
            int updated = handle.createUpdate("""
                            UPDATE feeds
                            SET full_text = :mode,
                                full_text_auto = CASE WHEN :mode = 'auto' THEN NULL ELSE full_text_auto END,
                                full_text_auto_reason = CASE WHEN :mode = 'auto' THEN NULL ELSE full_text_auto_reason END,
                                full_text_decided_at = CASE WHEN :mode = 'auto' THEN NULL ELSE full_text_decided_at END,
                                full_text_decide_at = CASE WHEN :mode = 'auto' THEN NULL ELSE full_text_decide_at END
                            WHERE id = :id""")
                    .bind("mode", mode.code())
                    .bind("id", feedId)
                    .execute();
            if (updated == 0) {
                return false;
            }
            switch (mode) {
                case ON -> FullTextRows.queue(handle, latestLinks(handle, feedId, recent), now);
                case OFF -> handle.createUpdate("""
                                DELETE FROM entry_full_texts
                                WHERE status IN ('pending', 'retrying')
                                  AND entry_id IN (SELECT id FROM entries WHERE feed_id = :id)""")
                        .bind("id", feedId)
                        .execute();
                case AUTO -> { }
            }
            return true;
        });
    }

    /**
     * Subscribed feeds in {@link FullTextMode#AUTO} that are due for a decision: never decided, or
     * due to be looked at again at or before {@code now}; the longest waiting first.
     */
    public List<Long> feedsToDecide(Instant now, int limit) {
        return access.read("list feeds to decide about full text", handle -> handle.createQuery("""
                        SELECT f.id
                        FROM feeds f
                        WHERE f.full_text = 'auto'
                          AND (f.full_text_decide_at IS NULL OR f.full_text_decide_at <= :now)
                          AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = f.id)
                        ORDER BY COALESCE(f.full_text_decide_at, 0), f.id
                        LIMIT :limit""")
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .mapTo(Long.class)
                .list());
    }

    /** The feed's latest entries (by sort time), newest first. */
    public List<RecentEntry> recentEntries(long feedId, int limit) {
        return access.read("read the latest entries of feed " + feedId, handle -> handle.createQuery("""
                        SELECT id, %s FROM entries
                        WHERE feed_id = :feed_id
                        ORDER BY sort_at DESC, id DESC
                        LIMIT :limit""".formatted(EntryRows.columns("")))
                .bind("feed_id", feedId)
                .bind("limit", limit)
                .map((rs, ctx) -> new RecentEntry(rs.getLong("id"), EntryRows.readContent(rs)))
                .list());
    }

    /**
     * Records what {@link FullTextMode#AUTO} decided for the feed, unless the user chose a mode
     * meanwhile. When it decided to fetch, the pages in {@code queue} (entry id → link) are queued
     * in the same transaction.
     *
     * @param reconsiderAt when to look at the feed's entries again
     * @return whether the decision was recorded
     */
    public boolean recordDecision(long feedId, boolean fetch, String reason, Instant now, Instant reconsiderAt,
            Map<Long, String> queue) {
        return access.write("record the full-text decision for feed " + feedId, handle -> {
            int updated = handle.createUpdate("""
                            UPDATE feeds
                            SET full_text_auto = :fetch, full_text_auto_reason = :reason,
                                full_text_decided_at = :now, full_text_decide_at = :again
                            WHERE id = :id AND full_text = 'auto'""")
                    .bind("fetch", fetch)
                    .bind("reason", reason)
                    .bind("now", now.toEpochMilli())
                    .bind("again", reconsiderAt.toEpochMilli())
                    .bind("id", feedId)
                    .execute();
            if (updated > 0 && fetch) {
                FullTextRows.queue(handle, queue, now);
            }
            return updated > 0;
        });
    }

    /** Puts off the feed's next decision until {@code until}, keeping the last one. */
    public void postponeDecision(long feedId, Instant until) {
        access.write("put off the full-text decision for feed " + feedId, handle -> handle.createUpdate(
                        "UPDATE feeds SET full_text_decide_at = :until WHERE id = :id")
                .bind("until", until.toEpochMilli())
                .bind("id", feedId)
                .execute());
    }

    /**
     * Queues the entry's page for now, whatever its feed's setting: a new row, or one that failed
     * (or waits to be retried) started over with a fresh count of attempts. A page fetched
     * already, or waiting for its first attempt, is left as it is.
     *
     * @return the entry's full text afterwards
     * @throws StoreException when the entry does not exist
     */
    public FullText queueNow(long entryId, String url, Instant now) {
        Objects.requireNonNull(url, "url");
        return access.write("queue the page of entry " + entryId, handle -> {
            handle.createUpdate("""
                            INSERT INTO entry_full_texts (entry_id, status, page_url, attempts, next_attempt_at, created_at)
                            VALUES (:entry_id, 'pending', :url, 0, :now, :now)
                            ON CONFLICT (entry_id) DO UPDATE
                            SET status = 'pending', page_url = excluded.page_url, attempts = 0,
                                next_attempt_at = excluded.next_attempt_at, http_status = NULL, error_code = NULL,
                                error = NULL
                            WHERE entry_full_texts.status IN ('failed', 'retrying')""")
                    .bind("entry_id", entryId)
                    .bind("url", url)
                    .bind("now", now.toEpochMilli())
                    .execute();
            return find(handle, List.of(entryId)).get(entryId);
        });
    }

    /** Pages due for an attempt at {@code now}, the longest waiting first. */
    public List<FullTextJob> due(Instant now, int limit) {
        return access.read("list pages to fetch", handle -> handle.createQuery("""
                        SELECT t.entry_id, e.feed_id, t.page_url, t.attempts, t.next_attempt_at
                        FROM entry_full_texts t
                        JOIN entries e ON e.id = t.entry_id
                        WHERE t.next_attempt_at IS NOT NULL AND t.next_attempt_at <= :now
                        ORDER BY t.next_attempt_at, t.entry_id
                        LIMIT :limit""")
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> new FullTextJob(
                        rs.getLong("entry_id"),
                        rs.getLong("feed_id"),
                        rs.getString("page_url"),
                        rs.getInt("attempts"),
                        Columns.instant(rs, "next_attempt_at")))
                .list());
    }

    /**
     * Takes a due page for an attempt: it is not due again before {@code leaseUntil}, so no other
     * worker takes it meanwhile, and a worker that dies mid-fetch only delays it until then.
     *
     * @return {@code false} when someone else took it (or it changed) since it was read
     */
    public boolean claim(FullTextJob job, Instant leaseUntil) {
        return access.write("take the page of entry " + job.entryId(), handle -> handle.createUpdate("""
                        UPDATE entry_full_texts SET next_attempt_at = :lease
                        WHERE entry_id = :entry_id AND next_attempt_at = :seen""")
                .bind("lease", leaseUntil.toEpochMilli())
                .bind("entry_id", job.entryId())
                .bind("seen", job.dueAt().toEpochMilli())
                .execute() > 0);
    }

    /** Moves waiting pages to {@code until} without counting an attempt (their site asked for a pause). */
    public void postpone(Collection<Long> entryIds, Instant until) {
        for (List<Long> chunk : Chunks.of(List.copyOf(entryIds), IDS_PER_QUERY)) {
            access.write("put off pages", handle -> handle.createUpdate("""
                            UPDATE entry_full_texts SET next_attempt_at = :until
                            WHERE entry_id IN (<ids>) AND next_attempt_at IS NOT NULL""")
                    .bindList("ids", chunk)
                    .bind("until", until.toEpochMilli())
                    .execute());
        }
    }

    /** When the next page is due, or empty when none waits. */
    public Optional<Instant> nextAttemptAt() {
        return access.read("find the next page to fetch", handle -> handle.createQuery(
                        "SELECT MIN(next_attempt_at) FROM entry_full_texts WHERE next_attempt_at IS NOT NULL")
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
    }

    /**
     * Stores the article extracted from the entry's page and raises the entry's revision, so that
     * the search index takes the text in. Nothing happens when the entry's page is no longer wanted
     * (its feed was turned off, or the entry deleted).
     */
    public void recordFetched(long entryId, ExtractedPage page, Instant now) {
        access.write("store the full text of entry " + entryId, handle -> {
            int updated = handle.createUpdate("""
                            UPDATE entry_full_texts
                            SET status = 'fetched', final_url = :final_url, html = :html, text = :text, byline = :byline,
                                lead_image = :lead_image, published_at = :published_at, site_name = :site_name,
                                fetched_at = :now, attempted_at = :now, http_status = :http_status, error_code = NULL,
                                error = NULL, next_attempt_at = NULL
                            WHERE entry_id = :entry_id""")
                    .bind("final_url", page.finalUrl())
                    .bind("html", page.html())
                    .bind("text", page.text())
                    .bind("byline", JsonColumns.writeStrings(page.byline()))
                    .bind("lead_image", page.leadImage())
                    .bind("published_at", Columns.millis(page.published()))
                    .bind("site_name", page.siteName())
                    .bind("now", now.toEpochMilli())
                    .bind("http_status", page.httpStatus())
                    .bind("entry_id", entryId)
                    .execute();
            if (updated > 0) {
                handle.createUpdate("UPDATE entries SET revision = revision + 1, changed_at = :now WHERE id = :id")
                        .bind("now", now.toEpochMilli())
                        .bind("id", entryId)
                        .execute();
            }
            return updated;
        });
    }

    /**
     * Records a failed attempt. The entry keeps its teaser (and any article fetched before).
     *
     * @param retryAt when to try again, or {@code null} to give up
     */
    public void recordFailure(long entryId, PageFailure failure, Instant now, Instant retryAt) {
        access.write("record the failed fetch of entry " + entryId, handle -> handle.createUpdate("""
                        UPDATE entry_full_texts
                        SET status = :status, attempted_at = :now, http_status = :http_status, error_code = :code,
                            error = :error, attempts = attempts + 1, next_attempt_at = :retry_at
                        WHERE entry_id = :entry_id""")
                .bind("status", (retryAt == null ? FullTextStatus.FAILED : FullTextStatus.RETRYING).code())
                .bind("now", now.toEpochMilli())
                .bind("http_status", failure.httpStatus())
                .bind("code", failure.code())
                .bind("error", failure.message())
                .bind("retry_at", Columns.millis(retryAt))
                .bind("entry_id", entryId)
                .execute());
    }

    /** The entry's full text, if its page was ever wanted. */
    public Optional<FullText> find(long entryId) {
        return Optional.ofNullable(find(List.of(entryId)).get(entryId));
    }

    /** The full texts of those of the entries whose page was ever wanted, by entry id. */
    public Map<Long, FullText> find(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, FullText> found = new HashMap<>();
        for (List<Long> chunk : Chunks.of(List.copyOf(entryIds), IDS_PER_QUERY)) {
            found.putAll(access.read("read full texts", handle -> find(handle, chunk)));
        }
        return found;
    }

    private static Map<Long, FullText> find(Handle handle, List<Long> entryIds) {
        Map<Long, FullText> found = new HashMap<>();
        handle.createQuery(FullTextRows.SELECT + "WHERE entry_id IN (<ids>)")
                .bindList("ids", entryIds)
                .map((rs, ctx) -> FullTextRows.fullText(rs))
                .forEach(text -> found.put(text.entryId(), text));
        return found;
    }

    /** Entry id → link of the feed's latest entries, newest first. */
    private static Map<Long, String> latestLinks(Handle handle, long feedId, int limit) {
        Map<Long, String> links = new LinkedHashMap<>();
        handle.createQuery("""
                        SELECT id, link FROM entries
                        WHERE feed_id = :feed_id AND link IS NOT NULL
                        ORDER BY sort_at DESC, id DESC
                        LIMIT :limit""")
                .bind("feed_id", feedId)
                .bind("limit", limit)
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("link")))
                .forEach(link -> links.put(link.getKey(), link.getValue()));
        return links;
    }
}

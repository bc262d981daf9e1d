package io.newsdesk.store;

import io.newsdesk.domain.Entry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Stores a feed's entries: new ones are inserted, changed ones updated in place with their revision
 * raised, unchanged ones left alone.
 *
 * <p>A new entry of a feed whose pages are fetched for their full text is queued for that in the
 * same transaction (see {@link FullTextRepository}).
 *
 * <p>Safe against a concurrent writer of the same feed: an insert that loses the race on the unique
 * (feed, dedup key) is taken as the other writer's insert and compared like any stored entry, and
 * an update only applies while the stored fingerprint differs, so the same change is never counted
 * twice.
 */
final class EntryWriter {

    // Large imports are split so that no write transaction holds SQLite's lock for long.
    private static final int ENTRIES_PER_TRANSACTION = 200;

    private static final String SELECT_STORED = """
            SELECT id, dedup_key, content_hash, created_at
            FROM entries
            WHERE feed_id = :feed_id AND dedup_key IN (<keys>)""";

    private static final String INSERT = """
            INSERT INTO entries (feed_id, dedup_key, sort_at, content_hash, created_at, changed_at,
                                 revision, indexed_revision, %s)
            VALUES (:feed_id, :dedup_key, :sort_at, :content_hash, :now, :now, 1, 0, %s)
            ON CONFLICT (feed_id, dedup_key) DO NOTHING
            RETURNING id""".formatted(EntryRows.columns(""), EntryRows.parameters());

    private static final String UPDATE = """
            UPDATE entries
            SET %s, sort_at = :sort_at, content_hash = :content_hash, changed_at = :now, revision = revision + 1
            WHERE id = :id AND content_hash <> :content_hash""".formatted(EntryRows.assignments());

    private final DatabaseAccess access;

    EntryWriter(DatabaseAccess access) {
        this.access = access;
    }

    UpsertResult upsert(long feedId, List<Entry> entries, Instant now) {
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        List<Candidate> inBatchOrder = new ArrayList<>();
        for (Entry entry : entries) {
            Candidate candidate = new Candidate(entry);
            // A feed that repeats an item within one document keeps its first occurrence.
            inBatchOrder.add(byKey.computeIfAbsent(candidate.key, key -> candidate));
        }
        List<Candidate> candidates = new ArrayList<>(byKey.values());
        Outcome outcome = new Outcome(entries.size() - candidates.size());
        for (List<Candidate> chunk : Chunks.of(candidates, ENTRIES_PER_TRANSACTION)) {
            access.write("store the entries of feed " + feedId, handle -> {
                if (!FeedRows.exists(handle, feedId)) {
                    throw new StoreException("cannot store entries: there is no feed " + feedId);
                }
                writeChunk(handle, feedId, chunk, now, outcome);
                return null;
            });
        }
        List<Long> ids = inBatchOrder.stream().map(candidate -> candidate.storedId).toList();
        return new UpsertResult(outcome.inserted, outcome.updated, outcome.unchanged, ids);
    }

    /**
     * Where an entry sorts: its published time, but never later than when it was first stored, so
     * that a feed with future dates cannot pin itself to the top; the first-stored time when the
     * published time is unknown.
     */
    static long sortAt(Instant published, long createdAtMillis) {
        return published == null ? createdAtMillis : Math.min(published.toEpochMilli(), createdAtMillis);
    }

    private static void writeChunk(Handle handle, long feedId, List<Candidate> chunk, Instant now, Outcome outcome) {
        Map<String, Stored> stored = stored(handle, feedId, chunk);
        Map<Long, String> newPages = new LinkedHashMap<>();
        for (Candidate candidate : chunk) {
            Stored existing = stored.get(candidate.key);
            if (existing == null) {
                Optional<Long> id = insert(handle, feedId, candidate, now);
                if (id.isPresent()) {
                    candidate.storedId = id.get();
                    outcome.inserted.add(id.get());
                    newPages.put(id.get(), candidate.entry.link());
                    continue;
                }
                existing = stored(handle, feedId, List.of(candidate)).get(candidate.key);
            }
            candidate.storedId = existing.id;
            if (!existing.fingerprint.equals(candidate.fingerprint) && update(handle, existing, candidate, now)) {
                outcome.updated.add(existing.id);
            } else {
                outcome.unchanged++;
            }
        }
        // In the same transaction as the entries, so that a crash cannot store one without the other.
        FullTextRows.queueNewEntries(handle, feedId, newPages, now);
    }

    private static Map<String, Stored> stored(Handle handle, long feedId, List<Candidate> candidates) {
        Map<String, Stored> stored = new LinkedHashMap<>();
        handle.createQuery(SELECT_STORED)
                .bind("feed_id", feedId)
                .bindList("keys", candidates.stream().map(c -> c.key).toList())
                .map((rs, ctx) -> new Stored(
                        rs.getLong("id"), rs.getString("dedup_key"), rs.getString("content_hash"),
                        rs.getLong("created_at")))
                .forEach(s -> stored.put(s.key, s));
        return stored;
    }

    private static Optional<Long> insert(Handle handle, long feedId, Candidate candidate, Instant now) {
        long created = now.toEpochMilli();
        return EntryRows.bindContent(handle.createQuery(INSERT), candidate.entry)
                .bind("feed_id", feedId)
                .bind("dedup_key", candidate.key)
                .bind("sort_at", sortAt(candidate.entry.published(), created))
                .bind("content_hash", candidate.fingerprint)
                .bind("now", created)
                .mapTo(Long.class)
                .findOne();
    }

    private static boolean update(Handle handle, Stored existing, Candidate candidate, Instant now) {
        return EntryRows.bindContent(handle.createUpdate(UPDATE), candidate.entry)
                .bind("id", existing.id)
                .bind("sort_at", sortAt(candidate.entry.published(), existing.createdAtMillis))
                .bind("content_hash", candidate.fingerprint)
                .bind("now", now.toEpochMilli())
                .execute() > 0;
    }

    private static final class Candidate {
        final Entry entry;
        final String key;
        final String fingerprint;
        Long storedId;

        Candidate(Entry entry) {
            this.entry = entry;
            this.key = EntryIdentity.dedupKey(entry);
            this.fingerprint = EntryIdentity.fingerprint(entry);
        }
    }

    private record Stored(long id, String key, String fingerprint, long createdAtMillis) {}

    /** Accumulates over the transactions of one upsert. */
    private static final class Outcome {
        final List<Long> inserted = new ArrayList<>();
        final List<Long> updated = new ArrayList<>();
        int unchanged;

        Outcome(int repeats) {
            this.unchanged = repeats;
        }
    }
}

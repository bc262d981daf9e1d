package io.newsdesk.service.search;

import io.newsdesk.domain.StoredEntry;
import io.newsdesk.search.SearchHit;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.Paging;
import io.newsdesk.store.Database;
import io.newsdesk.store.EntryQuery;
import io.newsdesk.store.ReadFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Full-text search over the entries of the user's feeds, with highlighted titles and snippets. */
public final class SearchService {

    /** The most entries a text filter on a listing considers (the best matches). */
    public static final int MAX_FILTER_MATCHES = 1000;

    private final Database database;
    private final SearchIndexHandle index;

    public SearchService(Database database, SearchIndexHandle index) {
        this.database = database;
        this.index = index;
    }

    /** One search result: the entry with its highlighted title and snippet (safe HTML). */
    public record Result(StoredEntry entry, String titleHtml, String snippetHtml) {}

    /** A page of results, best first. */
    public record ResultPage(long total, List<Result> results) {}

    /**
     * Searches the user's feeds (or one of them), best match first.
     *
     * @throws NewsdeskException INVALID for an empty query or bad paging, NOT_FOUND for a feed the
     *     user does not have
     */
    public ResultPage search(long userId, String text, Long feedId, int limit, int offset) {
        if (text == null || text.isBlank()) {
            throw NewsdeskException.invalid("the search query is empty");
        }
        Paging.check(limit, offset);
        SearchQuery query;
        try {
            query = new SearchQuery(text, feedScope(userId, feedId), limit, offset);
        } catch (IllegalArgumentException e) {
            throw NewsdeskException.invalid(e.getMessage());
        }
        SearchResults found = index.search(query);
        List<Long> ids = found.hits().stream().map(SearchHit::entryId).toList();
        Map<Long, StoredEntry> entries = hydrate(userId, ids);
        List<Result> results = new ArrayList<>(ids.size());
        for (SearchHit hit : found.hits()) {
            StoredEntry entry = entries.get(hit.entryId());
            // The index may still hold an entry deleted a moment ago; the database has the last word.
            if (entry != null) {
                results.add(new Result(entry, hit.titleHtml(), hit.snippetHtml()));
            }
        }
        return new ResultPage(found.total(), results);
    }

    /** The ids of the best matches in the user's feeds, for filtering a listing by text. */
    public List<Long> matchingIds(long userId, String text, Long feedId) {
        SearchResults found = index.search(new SearchQuery(text, feedScope(userId, feedId), MAX_FILTER_MATCHES, 0));
        return found.hits().stream().map(SearchHit::entryId).toList();
    }

    private Set<Long> feedScope(long userId, Long feedId) {
        Set<Long> subscribed = database.feeds().list(userId).stream()
                .map(summary -> summary.feed().id())
                .collect(Collectors.toSet());
        if (feedId == null) {
            return subscribed;
        }
        if (!subscribed.contains(feedId)) {
            throw NewsdeskException.notFound("no feed " + feedId);
        }
        return Set.of(feedId);
    }

    private Map<Long, StoredEntry> hydrate(long userId, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.entries()
                .list(userId, new EntryQuery(null, ReadFilter.ALL, null, ids, ids.size(), 0))
                .items()
                .stream()
                .collect(Collectors.toMap(StoredEntry::id, Function.identity()));
    }
}

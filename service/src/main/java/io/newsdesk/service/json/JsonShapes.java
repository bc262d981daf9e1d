package io.newsdesk.service.json;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Feed;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.PollState;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.feeds.OpmlImportResult;
import io.newsdesk.service.feeds.RefreshOutcome;
import io.newsdesk.service.search.SearchService;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextSetting;
import io.newsdesk.store.WebSubStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shapes Newsdesk promises its users, in one place so that the CLI and the REST API print
 * the same thing. Field names are part of the contract: add fields freely, never rename. Times are
 * ISO-8601 in UTC.
 */
public final class JsonShapes {

    private JsonShapes() {}

    /**
     * An entry that is not stored (from {@code parse} or {@code extract}): {@code id} is null.
     * Fields: {@code id, guid, title, link, published, updated, published_precision} ({@code
     * second|day|month|year}), {@code authors, summary, content, dek, categories, enclosures}
     * ({@code url, type, length}), {@code source} ({@code name, url}), {@code teaser, count}, and
     * beyond the list {@code language} and {@code image_url}.
     */
    public static Map<String, Object> entry(Entry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", null);
        putContent(json, entry);
        return json;
    }

    /**
     * A stored entry with the reading state of the user who asks: the fields of {@link
     * #entry(Entry)} plus {@code feed_id, feed_title, status} ({@code read|unread}), {@code
     * starred, created_at} and {@code changed_at}.
     */
    public static Map<String, Object> entry(StoredEntry stored) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", stored.id());
        putContent(json, stored.entry());
        json.put("feed_id", stored.feedId());
        json.put("feed_title", stored.feedTitle());
        json.put("status", stored.read() ? "read" : "unread");
        json.put("starred", stored.starred());
        json.put("created_at", time(stored.createdAt()));
        json.put("changed_at", time(stored.changedAt()));
        return json;
    }

    /**
     * A stored entry as {@link #entry(StoredEntry)} shows it, plus {@code full_text}: the article
     * fetched from the entry's page, as {@link #fullText(FullText)} shows it, or {@code null} when
     * its page was never wanted.
     */
    public static Map<String, Object> entry(StoredEntry stored, FullText fullText) {
        Map<String, Object> json = entry(stored);
        json.put("full_text", fullText == null ? null : fullText(fullText));
        return json;
    }

    /**
     * Where an entry's full text stands: {@code status} ({@code pending|retrying|fetched|failed}),
     * the article ({@code html}, {@code text}, {@code byline}, {@code lead_image}, {@code
     * published}, {@code site_name}, {@code url} where it was found, {@code fetched_at}) and, after
     * a failure, {@code error} (in words), {@code error_code} and {@code http_status}, with {@code
     * attempts}, {@code attempted_at} and {@code next_attempt_at}. The entry's own fields keep the
     * feed's teaser.
     */
    public static Map<String, Object> fullText(FullText text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", text.status().code());
        json.put("html", text.html());
        json.put("text", text.text());
        json.put("fetched_at", time(text.fetchedAt()));
        json.put("error", text.error());
        json.put("error_code", text.errorCode());
        json.put("http_status", text.httpStatus());
        json.put("url", text.finalUrl() != null ? text.finalUrl() : text.pageUrl());
        json.put("byline", text.byline());
        json.put("lead_image", text.leadImage());
        json.put("published", time(text.published()));
        json.put("site_name", text.siteName());
        json.put("attempts", text.attempts());
        json.put("attempted_at", time(text.attemptedAt()));
        json.put("next_attempt_at", time(text.nextAttemptAt()));
        return json;
    }

    private static void putContent(Map<String, Object> json, Entry entry) {
        json.put("guid", entry.guid());
        json.put("title", entry.title());
        json.put("link", entry.link());
        json.put("published", time(entry.published()));
        json.put("updated", time(entry.updated()));
        json.put("published_precision", entry.publishedPrecision() == null ? null : entry.publishedPrecision().code());
        json.put("authors", entry.authors());
        json.put("summary", entry.summary());
        json.put("content", entry.content());
        json.put("dek", entry.dek());
        json.put("categories", entry.categories());
        json.put("enclosures", entry.enclosures().stream().map(JsonShapes::enclosure).toList());
        json.put("source", entry.source() == null ? null : source(entry.source().name(), entry.source().url()));
        json.put("teaser", entry.teaser());
        json.put("count", entry.count());
        json.put("language", entry.language());
        json.put("image_url", entry.imageUrl());
    }

    private static Map<String, Object> enclosure(Enclosure enclosure) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", enclosure.url());
        json.put("type", enclosure.type());
        json.put("length", enclosure.length());
        return json;
    }

    private static Map<String, Object> source(String name, String url) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("url", url);
        return json;
    }

    /** A parsed feed document (from {@code parse}). */
    public static Map<String, Object> feedDocument(FeedDocument document) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", document.format().code());
        json.put("title", document.title());
        json.put("link", document.link());
        json.put("self_url", document.selfUrl());
        json.put("description", document.description());
        json.put("language", document.language());
        json.put("icon_url", document.iconUrl());
        json.put("ttl_seconds", seconds(document.ttl()));
        json.put("ill_formed", document.illFormed());
        json.put("problems", document.problems());
        json.put("entries", document.entries().stream().map(JsonShapes::entry).toList());
        return json;
    }

    /**
     * An extracted article as an entry (the entry shape) plus the extraction fields
     * ({@code byline}, {@code modified}, {@code lead_image}, {@code canonical_url},
     * {@code site_name}, {@code text}, {@code html}, {@code is_article}).
     */
    public static Map<String, Object> extracted(Entry entry, Article article, String text) {
        Map<String, Object> json = entry(entry);
        json.put("text", text);
        if (article != null) {
            json.put("byline", article.byline());
            json.put("modified", time(article.modified()));
            json.put("lead_image", article.leadImage());
            json.put("canonical_url", article.canonicalUrl());
            json.put("site_name", article.siteName());
            json.put("html", article.html());
            json.put("is_article", article.isArticle());
        } else {
            json.put("byline", entry.authors());
            json.put("modified", null);
            json.put("lead_image", null);
            json.put("canonical_url", null);
            json.put("site_name", null);
            json.put("html", entry.content());
            json.put("is_article", true);
        }
        return json;
    }

    /**
     * A feed as its subscriber sees it, with counts, polling status and, when a WebSub hub pushes
     * it, {@code websub} ({@code state, hub_url, topic_url, lease_expires_at, last_delivery_at,
     * last_error}; {@code null} when it has no hub subscription), and {@code full_text} ({@code
     * mode} {@code auto|on|off}, {@code fetching}, and what {@code auto} decided: {@code
     * auto_decision} {@code on|off|null}, {@code auto_reason}, {@code decided_at}).
     */
    public static Map<String, Object> feed(FeedSummary summary) {
        Feed feed = summary.feed();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", feed.id());
        json.put("url", feed.url());
        json.put("title", feed.title());
        json.put("site_url", feed.siteUrl());
        json.put("description", feed.description());
        json.put("category", feed.category());
        json.put("format", feed.format() == null ? null : feed.format().code());
        json.put("local", feed.local());
        json.put("unread", summary.unread());
        json.put("total", summary.total());
        json.put("status", pollStatus(feed.poll(), feed.local()));
        json.put("created_at", time(feed.createdAt()));
        json.put("websub", summary.websub() == null ? null : websub(summary.websub()));
        json.put("full_text", fullTextSetting(summary.fullText()));
        return json;
    }

    private static Map<String, Object> fullTextSetting(FullTextSetting setting) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", setting.mode().code());
        json.put("fetching", setting.fetches());
        json.put("auto_decision", setting.autoDecision() == null ? null : setting.autoDecision() ? "on" : "off");
        json.put("auto_reason", setting.autoReason());
        json.put("decided_at", time(setting.decidedAt()));
        return json;
    }

    private static Map<String, Object> websub(WebSubStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", status.state().code());
        json.put("hub_url", status.hubUrl());
        json.put("topic_url", status.topicUrl());
        json.put("lease_expires_at", time(status.leaseExpiresAt()));
        json.put("last_delivery_at", time(status.lastDeliveryAt()));
        json.put("last_error", status.lastError());
        return json;
    }

    private static Map<String, Object> pollStatus(PollState poll, boolean local) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", local ? "local" : poll.disabled() ? "disabled" : poll.errorCount() > 0 ? "failing" : "ok");
        json.put("last_checked_at", time(poll.lastCheckedAt()));
        json.put("next_check_at", local ? null : time(poll.nextCheckAt()));
        json.put("interval_seconds", seconds(poll.interval()));
        json.put("error_count", poll.errorCount());
        json.put("last_error", poll.lastError());
        json.put("last_status", poll.lastStatus());
        json.put("disabled", poll.disabled());
        return json;
    }

    /** What one check of a feed came to. */
    public static Map<String, Object> refresh(RefreshOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("feed_id", outcome.feedId());
        json.put("url", outcome.url());
        json.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        json.put("inserted", outcome.inserted());
        json.put("updated", outcome.updated());
        json.put("error", outcome.error());
        json.put("next_check_at", time(outcome.nextCheckAt()));
        return json;
    }

    /** What an OPML import did. */
    public static Map<String, Object> opmlImport(OpmlImportResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subscribed", result.subscribed());
        json.put("already_subscribed", result.alreadySubscribed());
        json.put("failed_checks", result.failedChecks());
        json.put("rejected", result.rejected().stream()
                .map(rejected -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("url", rejected.url());
                    item.put("reason", rejected.reason());
                    return item;
                })
                .toList());
        json.put("checks", result.checks().stream().map(JsonShapes::refresh).toList());
        return json;
    }

    /** One search result: the entry and its highlighted title and snippet (safe HTML). */
    public static Map<String, Object> searchResult(SearchService.Result result) {
        return searchResult(result, entry(result.entry()));
    }

    /** One search result whose entry has {@code full_text} (see {@link #entry(StoredEntry, FullText)}). */
    public static Map<String, Object> searchResult(SearchService.Result result, FullText fullText) {
        return searchResult(result, entry(result.entry(), fullText));
    }

    private static Map<String, Object> searchResult(SearchService.Result result, Map<String, Object> entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entry", entry);
        json.put("title_html", result.titleHtml());
        json.put("snippet_html", result.snippetHtml());
        return json;
    }

    public static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    /** A list wrapped with its total, as list endpoints answer. */
    public static Map<String, Object> page(long total, String key, List<?> items) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", total);
        json.put(key, items);
        return json;
    }
}

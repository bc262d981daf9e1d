package io.newsdesk.web.readers.miniflux;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The Miniflux API's JSON objects, field for field as Miniflux writes them, so that clients
 * decoding them strictly find every field they expect. Fields for Miniflux features Newsdesk does
 * not have (scraper and rewrite rules, per-feed credentials, media progression) carry Miniflux's
 * own "not set" values.
 */
final class MinifluxJson {

    /** What Miniflux writes for a time that is not set: Go's zero time. */
    static final String NO_TIME = "0001-01-01T00:00:00Z";

    private MinifluxJson() {}

    /** {@code GET /v1/me}. */
    record User(
            long id,
            String username,
            @JsonProperty("is_admin") boolean admin,
            String theme,
            String language,
            String timezone,
            @JsonProperty("entry_sorting_direction") String entrySortingDirection,
            @JsonProperty("entry_sorting_order") String entrySortingOrder,
            String stylesheet,
            @JsonProperty("custom_js") String customJs,
            @JsonProperty("google_id") String googleId,
            @JsonProperty("openid_connect_id") String openIdConnectId,
            @JsonProperty("entries_per_page") int entriesPerPage,
            @JsonProperty("keyboard_shortcuts") boolean keyboardShortcuts,
            @JsonProperty("show_reading_time") boolean showReadingTime,
            @JsonProperty("entry_swipe") boolean entrySwipe,
            @JsonProperty("gesture_nav") String gestureNav,
            @JsonProperty("last_login_at") String lastLoginAt,
            @JsonProperty("display_mode") String displayMode,
            @JsonProperty("default_reading_speed") int defaultReadingSpeed,
            @JsonProperty("cjk_reading_speed") int cjkReadingSpeed,
            @JsonProperty("default_home_page") String defaultHomePage,
            @JsonProperty("categories_sorting_order") String categoriesSortingOrder,
            @JsonProperty("mark_read_on_view") boolean markReadOnView) {}

    /**
     * A category; the counts only when asked for ({@code ?counts=true}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Category(
            long id,
            String title,
            @JsonProperty("user_id") long userId,
            @JsonProperty("hide_globally") boolean hideGlobally,
            @JsonProperty("feed_count") Integer feedCount,
            @JsonProperty("total_unread") Integer totalUnread) {}

    /** A feed's icon reference; Newsdesk keeps no icons, so feeds carry {@code null}. */
    record Icon(@JsonProperty("feed_id") long feedId, @JsonProperty("icon_id") long iconId) {}

    /** A subscribed feed. */
    record Feed(
            long id,
            @JsonProperty("user_id") long userId,
            @JsonProperty("feed_url") String feedUrl,
            @JsonProperty("site_url") String siteUrl,
            String title,
            @JsonProperty("checked_at") String checkedAt,
            @JsonProperty("next_check_at") String nextCheckAt,
            @JsonProperty("etag_header") String etagHeader,
            @JsonProperty("last_modified_header") String lastModifiedHeader,
            @JsonProperty("parsing_error_message") String parsingErrorMessage,
            @JsonProperty("parsing_error_count") int parsingErrorCount,
            @JsonProperty("scraper_rules") String scraperRules,
            @JsonProperty("rewrite_rules") String rewriteRules,
            boolean crawler,
            @JsonProperty("blocklist_rules") String blocklistRules,
            @JsonProperty("keeplist_rules") String keeplistRules,
            @JsonProperty("urlrewrite_rules") String urlRewriteRules,
            @JsonProperty("user_agent") String userAgent,
            String cookie,
            String username,
            String password,
            boolean disabled,
            @JsonProperty("no_media_player") boolean noMediaPlayer,
            @JsonProperty("ignore_http_cache") boolean ignoreHttpCache,
            @JsonProperty("allow_self_signed_certificates") boolean allowSelfSignedCertificates,
            @JsonProperty("fetch_via_proxy") boolean fetchViaProxy,
            Category category,
            Icon icon,
            @JsonProperty("hide_globally") boolean hideGlobally,
            @JsonProperty("apprise_service_urls") String appriseServiceUrls) {}

    /** A media file of an entry. */
    record Enclosure(
            long id,
            @JsonProperty("user_id") long userId,
            @JsonProperty("entry_id") long entryId,
            String url,
            @JsonProperty("mime_type") String mimeType,
            long size,
            @JsonProperty("media_progression") long mediaProgression) {}

    /** An entry with the reading state of the user who asks, and its feed. */
    record Entry(
            long id,
            @JsonProperty("user_id") long userId,
            @JsonProperty("feed_id") long feedId,
            String status,
            String hash,
            String title,
            String url,
            @JsonProperty("comments_url") String commentsUrl,
            @JsonProperty("published_at") String publishedAt,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("changed_at") String changedAt,
            String content,
            String author,
            @JsonProperty("share_code") String shareCode,
            boolean starred,
            @JsonProperty("reading_time") int readingTime,
            List<Enclosure> enclosures,
            Feed feed,
            List<String> tags) {}

    /** A page of entries with the number of matches on all pages. */
    record Entries(long total, List<Entry> entries) {}

    /** Read and unread entries per feed id, for {@code GET /v1/feeds/counters}. */
    record Counters(Map<Long, Integer> reads, Map<Long, Integer> unreads) {}

    /** The answer to {@code POST /v1/feeds}. */
    record CreatedFeed(@JsonProperty("feed_id") long feedId) {}

    /** Miniflux's error shape. */
    record Error(@JsonProperty("error_message") String errorMessage) {}
}

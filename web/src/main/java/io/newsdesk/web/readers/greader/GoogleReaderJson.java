package io.newsdesk.web.readers.greader;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The Google Reader API's JSON objects as FreshRSS writes them, which is what clients of the
 * FreshRSS flavour (newsboat's freshrss backend, Reeder, FeedMe, …) read. Times are strings of
 * milliseconds or microseconds where Google wrote them so, whole seconds elsewhere.
 */
final class GoogleReaderJson {

    private GoogleReaderJson() {}

    /** {@code user-info}. */
    record UserInfo(String userId, String userName, String userProfileId, String userEmail) {}

    /** A category of a subscription. */
    record SubscriptionCategory(String id, String label) {}

    /** One entry of {@code subscription/list}. */
    record Subscription(String id, String title, List<SubscriptionCategory> categories, String url, String htmlUrl,
            String iconUrl) {}

    /** {@code subscription/list}. */
    record Subscriptions(List<Subscription> subscriptions) {}

    /** A tag of {@code tag/list}: the starred state, or a category ({@code type} folder). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tag(String id, String type) {}

    /** {@code tag/list}. */
    record Tags(List<Tag> tags) {}

    /** One stream's unread count. */
    record UnreadCount(String id, long count, String newestItemTimestampUsec) {}

    /** {@code unread-count}. */
    record UnreadCounts(long max, List<UnreadCount> unreadcounts) {}

    /** {@code subscription/quickadd}. */
    record QuickAdd(int numResults, String query, String streamId, String streamName) {}

    /** A link of an item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Link(String href, String type) {}

    /** An item's text. */
    record Content(String direction, String content) {}

    /** Where an item comes from. */
    record Origin(String streamId, String title, String htmlUrl) {}

    /** A media file of an item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Enclosure(String href, String type, Long length) {}

    /** One item of a stream. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            String id,
            String crawlTimeMsec,
            String timestampUsec,
            long published,
            long updated,
            String title,
            List<Link> canonical,
            List<Link> alternate,
            List<String> categories,
            Origin origin,
            Content summary,
            String author,
            List<Enclosure> enclosure) {}

    /** {@code stream/contents} and {@code stream/items/contents}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stream(String direction, String id, String title, long updated, List<Item> items, String continuation) {}

    /** One id of {@code stream/items/ids}: the short decimal form. */
    record ItemRef(String id, List<String> directStreamIds) {}

    /** {@code stream/items/ids}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemRefs(List<ItemRef> itemRefs, String continuation) {}
}

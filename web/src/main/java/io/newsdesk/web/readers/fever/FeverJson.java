package io.newsdesk.web.readers.fever;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Fever API's objects, as Fever wrote them: booleans as 0 and 1, times in Unix seconds. */
final class FeverJson {

    private FeverJson() {}

    /** A group: one of the user's categories. */
    record Group(long id, String title) {}

    /** Which feeds are in a group, as a comma-separated list of ids. */
    record FeedsGroup(@JsonProperty("group_id") long groupId, @JsonProperty("feed_ids") String feedIds) {}

    /** A feed. */
    record Feed(
            long id,
            @JsonProperty("favicon_id") long faviconId,
            String title,
            String url,
            @JsonProperty("site_url") String siteUrl,
            @JsonProperty("is_spark") int isSpark,
            @JsonProperty("last_updated_on_time") long lastUpdatedOnTime) {}

    /** An item (entry). */
    record Item(
            long id,
            @JsonProperty("feed_id") long feedId,
            String title,
            String author,
            String html,
            String url,
            @JsonProperty("is_saved") int isSaved,
            @JsonProperty("is_read") int isRead,
            @JsonProperty("created_on_time") long createdOnTime) {}
}

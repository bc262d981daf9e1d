package io.newsdesk.parse.detail;

/**
 * What the iTunes podcast namespace says about a channel or an episode. Other podcast elements
 * (author, owner, image, categories, keywords, new feed URL) are mapped onto the general fields.
 *
 * @param explicit {@code TRUE} for "yes"/"true"/"explicit", {@code FALSE} for "no"/"false"/"clean",
 *     {@code null} when absent or anything else
 * @param block {@code true} when the feed asks to be left out of directories ("yes")
 * @param duration the episode's duration as written ("3:00", "180"), or {@code null}
 * @param subtitle a one-line description, or {@code null}
 * @param summary a longer description ({@code itunes:summary}), or {@code null}
 * @param blockStated {@code true} when an {@code itunes:block} element was present at all
 */
public record Podcast(
        Boolean explicit,
        boolean block,
        String duration,
        Text subtitle,
        Text summary,
        boolean blockStated) {}

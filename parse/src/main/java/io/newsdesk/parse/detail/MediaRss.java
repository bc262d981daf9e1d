package io.newsdesk.parse.detail;

import java.util.List;

/**
 * The Media RSS elements of an entry ({@code media:*}, groups flattened). Titles, descriptions,
 * categories and keywords are mapped onto the general fields as fallbacks.
 *
 * @param contents the media objects, in document order
 * @param thumbnails the thumbnails, in document order
 * @param credits who made the media
 * @param restriction where or to whom the media may be shown, or {@code null}
 * @param license the media's licence, or {@code null}
 * @param rating its audience rating, or {@code null}
 * @param player the URL of a page or player for the media, or {@code null}
 */
public record MediaRss(
        List<Content> contents,
        List<Thumbnail> thumbnails,
        List<Credit> credits,
        Restriction restriction,
        License license,
        Rating rating,
        Player player) {

    public MediaRss {
        contents = List.copyOf(contents);
        thumbnails = List.copyOf(thumbnails);
        credits = List.copyOf(credits);
    }

    /** {@code true} when the entry has no Media RSS element of these kinds. */
    public boolean isEmpty() {
        return contents.isEmpty() && thumbnails.isEmpty() && credits.isEmpty()
                && restriction == null && license == null && rating == null && player == null;
    }

    /**
     * A {@code media:content}: a media object.
     *
     * @param url its absolute URL, or {@code null}
     * @param type its media type, or {@code null}
     * @param medium image, audio, video, document or executable, or {@code null}
     * @param fileSize its size in bytes as stated, or {@code null}
     * @param duration its duration in seconds as stated, or {@code null}
     * @param width its width in pixels as stated, or {@code null}
     * @param height its height in pixels as stated, or {@code null}
     */
    public record Content(String url, String type, String medium, String fileSize, String duration,
            String width, String height) {}

    /**
     * A {@code media:thumbnail}.
     *
     * @param url the image's absolute URL
     * @param width its width as stated, or {@code null}
     * @param height its height as stated, or {@code null}
     * @param time the time offset in the media it shows, or {@code null}
     */
    public record Thumbnail(String url, String width, String height, String time) {}

    /**
     * A {@code media:credit}.
     *
     * @param role the role ("author", "producer"), or {@code null}
     * @param scheme the vocabulary of roles, or {@code null}
     * @param name who
     */
    public record Credit(String role, String scheme, String name) {}

    /**
     * A {@code media:restriction}.
     *
     * @param relationship {@code allow} or {@code deny}
     * @param type {@code country}, {@code uri} or {@code sharing}, or {@code null}
     * @param values the countries or URIs listed
     */
    public record Restriction(String relationship, String type, List<String> values) {
        public Restriction {
            values = List.copyOf(values);
        }
    }

    /**
     * A {@code media:license}.
     *
     * @param type the licence document's media type, or {@code null}
     * @param href the licence's absolute URL, or {@code null}
     * @param name the licence's name
     */
    public record License(String type, String href, String name) {}

    /**
     * A {@code media:rating}.
     *
     * @param scheme the rating scheme ({@code urn:simple} when unstated), or {@code null}
     * @param value the rating ("adult", "nonadult", …)
     */
    public record Rating(String scheme, String value) {}

    /**
     * A {@code media:player}.
     *
     * @param url the player's absolute URL
     * @param width its width as stated, or {@code null}
     * @param height its height as stated, or {@code null}
     */
    public record Player(String url, String width, String height) {}
}

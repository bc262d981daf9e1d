package io.newsdesk.parse.detail;

/**
 * A link from a feed or entry: Atom's {@code link}, RSS's {@code link}, {@code enclosure} and
 * {@code comments}, and the like.
 *
 * @param rel the relation in lower case ({@code "alternate"}, {@code "enclosure"}, {@code "self"},
 *     …); {@code "alternate"} when the element states none
 * @param href the absolute URL; {@code ""} when the element had none
 * @param type the media type, or {@code null}
 * @param title the link's title, or {@code null}
 * @param length the size in bytes as stated (digits), or {@code null}
 * @param hreflang the language of the linked resource, or {@code null}
 */
public record Link(String rel, String href, String type, String title, String length, String hreflang) {

    /** A plain link to a page: relation and address only. */
    public static Link alternate(String href, String type) {
        return new Link("alternate", href, type, null, null, null);
    }

    /** {@code true} for a link to the entry or site itself as a web page. */
    public boolean isAlternatePage() {
        return rel.equals("alternate") && (type == null || type.contains("html"));
    }
}

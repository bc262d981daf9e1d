package io.newsdesk.web.ui;

/**
 * HTML that templates insert without escaping. Only two kinds of HTML may be wrapped: fragments
 * that went through {@link io.newsdesk.sanitize.HtmlSanitizer#sanitize(String, String)} (entry
 * content and summaries) and search highlights whose text the search index escaped before adding
 * {@code <mark>} tags. Its own type makes every such value visible at the point it is trusted.
 *
 * @param html the trusted HTML, never {@code null}
 */
public record TrustedHtml(String html) {

    public TrustedHtml {
        if (html == null) {
            throw new IllegalArgumentException("html must not be null; use an empty string");
        }
    }

    /** Wraps {@code html}; {@code null} gives {@code null}, so absent fields stay absent. */
    public static TrustedHtml ofNullable(String html) {
        return html == null ? null : new TrustedHtml(html);
    }
}

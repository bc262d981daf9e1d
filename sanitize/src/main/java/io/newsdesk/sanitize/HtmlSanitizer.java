package io.newsdesk.sanitize;

import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns untrusted HTML from feeds and web pages into HTML that is safe to show in the reader, and
 * HTML into plain text.
 *
 * <p>Allow-list only: every tag, attribute and URL scheme not named in the allow-list is dropped,
 * so nothing active (scripts, event handlers, {@code javascript:} URLs, styles, forms, frames,
 * plugins) survives. Relative URLs are made absolute against the document's base URL, since the
 * reader shows the HTML far from where it came from; links open without leaking the reader's URL.
 * Inline SVG and MathML keep a static subset (shapes, text, gradients; formulas) with their own
 * allow-lists, in the namespace a browser would give each element.
 *
 * <p>Markup is read in one streaming pass, with the HTML standard's rules for what is a tag,
 * an attribute, a comment or a character reference, and written out balanced with the browser's
 * nesting rules (paragraphs closed by blocks, list items and table cells by their successors, the
 * foreign content of SVG and MathML ended by the HTML tags that end it); no DOM is built. What no
 * browser shows as part of the page is left out: the content of scripts, styles, frames, text
 * areas, titles and templates. Only what must be escaped is: complete character references stay
 * as the publisher spelled them ({@code &#38;}, {@code &eacute;}), a {@code >} in text stays a
 * {@code >}. Stateless and thread-safe; never throws on bad markup.
 */
public final class HtmlSanitizer {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlSanitizer.class);

    private HtmlSanitizer() {}

    /**
     * Sanitizes an HTML fragment.
     *
     * @param html the untrusted fragment; {@code null} gives {@code null}
     * @param baseUrl absolute URL that relative links resolve against; without one, relative links
     *     cannot be trusted to point anywhere sensible and are dropped
     * @return the safe fragment, or {@code null} when nothing visible (text, an image or a media
     *     player with a source) is left
     */
    public static String sanitize(String html, String baseUrl) {
        if (html == null) {
            return null;
        }
        try {
            return sanitizeStrictly(html, baseUrl);
        } catch (RuntimeException bug) {
            return dropped(bug);
        }
    }

    /** {@link #sanitize(String, String)} without the safety net, so that tests see bugs. */
    static String sanitizeStrictly(String html, String baseUrl) {
        SafeHtmlWriter writer = new SafeHtmlWriter(baseUrl, html.length());
        HtmlTokenizer.tokenize(html, writer);
        return writer.finish();
    }

    /**
     * Sanitizes the content of an already parsed element (its children, not the element itself),
     * as {@link #sanitize(String, String)} would sanitize {@code content.html()}, without writing
     * the markup out and reading it back. The same HTML, though not always the same characters:
     * the element's text is already decoded, so characters the markup spelled as references are
     * written as characters.
     *
     * @param content the element whose children are the untrusted fragment; {@code null} gives
     *     {@code null}
     * @param baseUrl as for {@link #sanitize(String, String)}
     */
    public static String sanitizeContent(Element content, String baseUrl) {
        if (content == null) {
            return null;
        }
        try {
            return sanitizeContentStrictly(content, baseUrl);
        } catch (RuntimeException bug) {
            return dropped(bug);
        }
    }

    /** {@link #sanitizeContent(Element, String)} without the safety net, so that tests see bugs. */
    static String sanitizeContentStrictly(Element content, String baseUrl) {
        SafeHtmlWriter writer = new SafeHtmlWriter(baseUrl, 1024);
        DomEvents.walk(content, writer);
        return writer.finish();
    }

    /**
     * The visible text of an HTML fragment, with blank lines between paragraphs and single line
     * breaks for {@code <br>}; for indexing, previews and plain-text output. Read in one pass,
     * without building a DOM.
     *
     * @param html the fragment; {@code null} or blank gives an empty string
     */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        try {
            PlainTextWriter writer = new PlainTextWriter(html.length());
            HtmlTokenizer.tokenize(html, writer);
            return writer.finish();
        } catch (RuntimeException bug) {
            return noText(bug);
        }
    }

    /**
     * The visible text of an already parsed element's content, as {@link #toText(String)} gives
     * it for {@code content.html()}.
     *
     * @param content the element; {@code null} gives an empty string
     */
    public static String contentToText(Element content) {
        if (content == null) {
            return "";
        }
        try {
            PlainTextWriter writer = new PlainTextWriter(1024);
            DomEvents.walk(content, writer);
            return writer.finish();
        } catch (RuntimeException bug) {
            return noText(bug);
        }
    }

    /** A fault here must never let markup through unchecked: the fragment is dropped and logged. */
    private static String dropped(RuntimeException bug) {
        LOG.warn("HTML sanitizer failed; the fragment was dropped", bug);
        return null;
    }

    /** A fault here must not stop indexing or a preview: the text is left empty and the fault logged. */
    private static String noText(RuntimeException bug) {
        LOG.warn("HTML to text failed; the text was left empty", bug);
        return "";
    }
}

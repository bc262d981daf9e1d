package io.newsdesk.sanitize;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns untrusted HTML from feeds and web pages into HTML that is safe to show in the reader.
 *
 * <p>Allow-list only: every tag, attribute and URL scheme not named here is dropped, so nothing
 * active (scripts, event handlers, {@code javascript:} URLs, styles, forms, frames, plugins)
 * survives. Relative URLs are made absolute against the document's base URL, since the reader
 * shows the HTML far from where it came from; links open without leaking the reader's URL.
 *
 * <p>Never throws on bad markup: jsoup repairs whatever it is given.
 */
public final class HtmlSanitizer {

    private static final String[] TEXT_TAGS = {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
        "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
        "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub",
        "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
        "var", "wbr", "audio", "video", "source", "picture"
    };

    /** Block-level tags after which a plain-text rendering starts a new paragraph. */
    /** Table cells: words in neighbouring cells must not run together. */
    private static final Set<String> CELL_TAGS = Set.of("td", "th");

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
            "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "br", "section",
            "article", "header", "footer", "aside", "details", "summary");

    private static final Safelist SAFELIST = new Safelist()
            .addTags(TEXT_TAGS)
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("del", "cite", "datetime")
            .addAttributes("ins", "cite", "datetime")
            .addAttributes("time", "datetime")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("audio", "src", "controls")
            .addAttributes("video", "src", "poster", "controls", "width", "height")
            .addAttributes("source", "src", "type")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("ol", "start", "reversed")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https")
            .addProtocols("del", "cite", "http", "https")
            .addProtocols("ins", "cite", "http", "https")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("audio", "src", "http", "https")
            .addProtocols("video", "src", "http", "https")
            .addProtocols("video", "poster", "http", "https")
            .addProtocols("source", "src", "http", "https");

    private HtmlSanitizer() {}

    /**
     * Sanitizes an HTML fragment.
     *
     * @param html the untrusted fragment; {@code null} gives {@code null}
     * @param baseUrl absolute URL that relative links resolve against; without one, relative links
     *     cannot be trusted to point anywhere sensible and are dropped
     * @return the safe fragment, or {@code null} when nothing visible is left
     */
    public static String sanitize(String html, String baseUrl) {
        if (html == null) {
            return null;
        }
        String base = baseUrl == null ? "" : baseUrl;
        Document dirty = Jsoup.parseBodyFragment(html, base);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element link : clean.select("a[href]")) {
            link.attr("rel", "noopener noreferrer nofollow");
        }
        for (Element media : clean.select("audio, video")) {
            media.attr("controls", "");
        }
        clean.outputSettings().prettyPrint(false);
        String body = clean.body().html().trim();
        return body.isEmpty() && clean.select("img, audio, video").isEmpty() ? null : body;
    }

    /**
     * The visible text of an HTML fragment, with blank lines between paragraphs and single line
     * breaks for {@code <br>}; for indexing, previews and plain-text output.
     */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, template, noscript").remove();
        StringBuilder out = new StringBuilder(html.length());
        appendText(body, out);
        return normalizeBlankLines(out);
    }

    private static void appendText(Element element, StringBuilder out) {
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            if (child instanceof org.jsoup.nodes.TextNode text) {
                appendCollapsed(text.getWholeText(), out);
            } else if (child instanceof Element el) {
                String tag = el.normalName().toLowerCase(Locale.ROOT);
                if (tag.equals("br")) {
                    out.append('\n');
                    continue;
                }
                boolean block = BLOCK_TAGS.contains(tag);
                if (block) {
                    out.append("\n\n");
                } else if (CELL_TAGS.contains(tag)) {
                    out.append(' ');
                }
                if (tag.equals("pre")) {
                    out.append(el.wholeText());
                } else {
                    appendText(el, out);
                }
                if (block) {
                    out.append("\n\n");
                }
            }
        }
    }

    private static void appendCollapsed(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (space) {
                if (out.length() > 0 && !isSpaceOrNewline(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static boolean isSpaceOrNewline(char c) {
        return c == ' ' || c == '\n';
    }

    /** Trims each line and keeps at most one blank line between paragraphs. */
    private static String normalizeBlankLines(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        for (String line : text.toString().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                newlines++;
                continue;
            }
            if (out.length() > 0) {
                out.append(newlines >= 2 ? "\n\n" : "\n");
            }
            out.append(trimmed);
            newlines = 1;
        }
        return out.toString();
    }
}

package io.newsdesk.sanitize;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The sanitizer Newsdesk had before the streaming one: jsoup parses the fragment into a DOM, its
 * {@link Cleaner} copies what the same allow-list allows, and the result is serialized. Kept in
 * test scope as the oracle of the differential tests and as the peer of the benchmark.
 *
 * <p>One deliberate difference is applied before cleaning, so that the oracle's visible text is
 * comparable: the streaming sanitizer drops the content of text areas, titles, frames and
 * templates ({@link ElementKinds#RAW_TEXT}, {@link ElementKinds#INERT}), which jsoup's cleaner
 * unwrapped into visible text although no browser shows it as part of the page.
 */
public final class LegacyJsoupSanitizer {

    private static final Safelist SAFELIST = new Safelist()
            .addTags("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
                    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
                    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
                    "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub",
                    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
                    "var", "wbr", "audio", "video", "source", "picture")
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

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
            "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "br", "section",
            "article", "header", "footer", "aside", "details", "summary");

    private static final Set<String> NOT_TEXT_IN_FOREIGN_CONTENT = Set.of(
            "script", "style", "foreignobject", "metadata", "annotation", "annotation-xml");

    private LegacyJsoupSanitizer() {}

    /** The old {@code HtmlSanitizer.sanitize}: parse, clean, add link and media attributes, serialize. */
    public static String sanitize(String html, String baseUrl) {
        if (html == null) {
            return null;
        }
        Document dirty = Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl);
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
     * {@link #sanitize} after removing the elements whose text the streaming sanitizer drops on
     * purpose or keeps where it is not text on the page: the HTML elements whose content is not
     * markup, and in SVG and MathML, code, styles, embedded HTML, metadata and annotations.
     */
    static String sanitizeAsOracle(String html, String baseUrl) {
        Document dirty = Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl);
        dirty.body().getAllElements().stream()
                .filter(element -> element.tag().namespace().equals(Parser.NamespaceHtml)
                        ? ElementKinds.RAW_TEXT.contains(element.normalName()) || ElementKinds.INERT.contains(element.normalName())
                        : NOT_TEXT_IN_FOREIGN_CONTENT.contains(element.normalName()))
                .forEach(Element::remove);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The old {@code HtmlSanitizer.toText}, on jsoup's DOM. */
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
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
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
                } else if (tag.equals("td") || tag.equals("th")) {
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
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

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

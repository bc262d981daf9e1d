package io.newsdesk.sanitize;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What survives sanitizing: the tags, their attributes, and the URL schemes each URL attribute
 * may use. Everything else is dropped (tags are unwrapped: their text stays).
 *
 * <p>The list is the content of news stories (text structure, quotes, lists, tables, figures,
 * images and media) and nothing that runs, loads a document, styles the page or submits data.
 * Inline SVG and MathML have their own list, {@link ForeignAllowList}.
 */
final class AllowList {

    /** An allowed tag: its plain attributes and its URL attributes with their schemes. */
    record TagPolicy(Set<String> attributes, Map<String, Set<String>> urlAttributes) {

        boolean allows(String attribute) {
            return attributes.contains(attribute) || urlAttributes.containsKey(attribute);
        }

        /** The schemes the attribute's URL may use, or {@code null} when it is not a URL. */
        Set<String> schemesOf(String attribute) {
            return urlAttributes.get(attribute);
        }
    }

    /** The schemes of what is loaded into the page: images, media. */
    static final Set<String> WEB = Set.of("http", "https");
    /** The schemes of what the reader may follow: links. */
    static final Set<String> LINK = Set.of("http", "https", "mailto");

    private static final String[] PLAIN_TAGS = {
        "b", "bdi", "bdo", "br", "caption", "cite", "code", "dd", "details", "dfn", "div", "dl", "dt",
        "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "kbd", "li",
        "mark", "p", "picture", "pre", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
        "strong", "sub", "summary", "sup", "table", "tbody", "tfoot", "thead", "tr", "u", "ul", "var",
        "wbr"
    };

    private static final Map<String, TagPolicy> TAGS = new HashMap<>();

    static {
        for (String tag : PLAIN_TAGS) {
            allow(tag, Set.of(), Map.of());
        }
        allow("a", Set.of("title"), Map.of("href", LINK));
        allow("abbr", Set.of("title"), Map.of());
        allow("blockquote", Set.of(), Map.of("cite", WEB));
        allow("q", Set.of(), Map.of("cite", WEB));
        allow("del", Set.of("datetime"), Map.of("cite", WEB));
        allow("ins", Set.of("datetime"), Map.of("cite", WEB));
        allow("time", Set.of("datetime"), Map.of());
        allow("img", Set.of("alt", "title", "width", "height"), Map.of("src", WEB));
        allow("audio", Set.of(), Map.of("src", WEB));
        allow("video", Set.of("width", "height"), Map.of("src", WEB, "poster", WEB));
        allow("source", Set.of("type"), Map.of("src", WEB));
        allow("td", Set.of("colspan", "rowspan"), Map.of());
        allow("th", Set.of("colspan", "rowspan", "scope"), Map.of());
        allow("col", Set.of("span"), Map.of());
        allow("colgroup", Set.of("span"), Map.of());
        allow("ol", Set.of("start", "reversed"), Map.of());
    }

    private AllowList() {}

    private static void allow(String tag, Set<String> attributes, Map<String, Set<String>> urlAttributes) {
        TAGS.put(tag, new TagPolicy(attributes, urlAttributes));
    }

    /** The policy of an allowed tag, or {@code null} when the tag is not allowed. */
    static TagPolicy of(String tag) {
        return TAGS.get(tag);
    }
}

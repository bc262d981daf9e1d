package io.newsdesk.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id} and {@code itemprop} say about it, by the naming
 * conventions of page templates: "article-body" and "entry-content" hold content, "comments",
 * "share-bar", "related-posts" and "newsletter-signup" hold boilerplate.
 *
 * <p>Names are split into words (at punctuation and camelCase humps) and the words looked up;
 * compounds written as one word ("sharebar", "relatedposts") are caught by looking for the longer
 * boilerplate words inside them. Results are cached per attribute value, since templates repeat
 * the same few class names on thousands of elements.
 */
final class ClassHints {

    /** The weight a name adds when it suggests content, or takes away when it suggests clutter. */
    static final int WEIGHT = 25;

    /** Words that mark an element as clutter that is never part of an article's body. */
    private static final Set<String> BOILERPLATE = Set.of(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense",
            "adslot", "adunit", "adsbygoogle", "dfp", "sponsor", "sponsored", "promo", "promoted",
            "banner", "breadcrumb", "breadcrumbs", "comment", "comments", "disqus", "respond",
            "replies", "share", "sharing", "shares", "sharebar", "social", "sociallinks",
            "related", "recommended", "recommendations", "trending", "popular", "mostread",
            "newsletter", "subscribe", "subscription", "signup", "login", "signin",
            "register", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay",
            "masthead", "menu", "nav", "navbar", "navigation", "sidebar", "widget",
            "footer", "pagination", "pager", "skip", "outbrain", "taboola", "zergnet",
            "revcontent", "cta");

    /** Longer boilerplate words worth finding inside compounds ("relatedposts"). */
    private static final String[] BOILERPLATE_STEMS = {
        "advert", "sponsor", "comment", "share", "social", "related", "recommend", "newsletter",
        "cookie", "consent", "popup", "sidebar", "widget", "footer", "breadcrumb",
        "outbrain", "taboola", "pagination", "navigation", "trending"
    };

    /** Words that count against an element without ruling it out. */
    private static final Set<String> NEGATIVE = Set.of(
            "meta", "tag", "tags", "foot", "footnote", "header", "hidden", "hide", "author",
            "byline", "bio", "date", "timestamp", "dateline", "tools", "toolbar", "print",
            "credit", "credits", "contact", "shopping", "utility", "util", "aside", "teaser",
            "teasers", "more", "extra", "supplemental", "topics", "rail");

    private static final Set<String> POSITIVE = Set.of(
            "article", "articles", "body", "content", "entry", "hentry", "main", "post", "text",
            "story", "blog", "prose", "articlebody", "storybody", "postbody", "entrycontent",
            "maincontent", "postcontent");

    /** "Commentary" is an opinion article, not comments. */
    private static final Set<String> NOT_BOILERPLATE = Set.of("commentary", "commentator",
            "socialism", "shareholder", "shareholders");

    /** Words that mark third-party content embedded in the article (a tweet, a post, a video). */
    private static final Set<String> EMBEDDED = Set.of("embed", "embedded", "tweet", "oembed");

    private static final Hint NONE = new Hint(0, false);

    /**
     * @param weight positive for content-like names, negative for clutter-like names
     * @param boilerplate whether a name marks the element as clutter outright
     */
    record Hint(int weight, boolean boilerplate) {}

    private final Map<String, Hint> cache = new HashMap<>();

    /** The hint from the element's class, id and itemprop, each counting once. */
    Hint of(Element element) {
        if (element.attributesSize() == 0) {
            return NONE;
        }
        Hint classes = attribute(element.attributes().get("class"));
        Hint id = attribute(element.attributes().get("id"));
        Hint itemprop = attribute(element.attributes().get("itemprop"));
        if (classes == NONE && id == NONE && itemprop == NONE) {
            return NONE;
        }
        return new Hint(classes.weight() + id.weight() + itemprop.weight(),
                classes.boilerplate() || id.boilerplate() || itemprop.boilerplate());
    }

    private Hint attribute(String value) {
        if (value.isEmpty()) {
            return NONE;
        }
        Hint cached = cache.get(value);
        if (cached == null) {
            cached = classify(value);
            cache.put(value, cached);
        }
        return cached;
    }

    private static Hint classify(String value) {
        boolean positive = false;
        boolean negative = false;
        boolean boilerplate = false;
        boolean embedded = false;
        int length = value.length();
        int start = 0;
        for (int i = 0; i <= length; i++) {
            boolean boundary = i == length
                    || !Character.isLetterOrDigit(value.charAt(i))
                    || (i > start && Character.isUpperCase(value.charAt(i))
                            && Character.isLowerCase(value.charAt(i - 1)));
            if (!boundary) {
                continue;
            }
            if (i > start) {
                String word = value.substring(start, i).toLowerCase(Locale.ROOT);
                if (!NOT_BOILERPLATE.contains(word)) {
                    if (BOILERPLATE.contains(word) || containsStem(word)) {
                        boilerplate = true;
                    } else if (NEGATIVE.contains(word)) {
                        negative = true;
                    }
                }
                positive |= POSITIVE.contains(word);
                embedded |= EMBEDDED.contains(word);
            }
            start = i < length && Character.isLetterOrDigit(value.charAt(i)) ? i : i + 1;
        }
        if (embedded) {
            // "social-media-embed" is a quoted post, not a share bar.
            negative = false;
            boilerplate = false;
        }
        int weight = (positive ? WEIGHT : 0) - (negative || boilerplate ? WEIGHT : 0);
        return weight == 0 && !boilerplate && !positive && !negative ? NONE
                : new Hint(weight, boilerplate);
    }

    private static boolean containsStem(String word) {
        if (word.length() < 8) {
            return false;
        }
        for (String stem : BOILERPLATE_STEMS) {
            if (word.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}

package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The raw material page metadata is read from, gathered in one pass over the document before
 * the body is cleaned (cleaning removes the scripts JSON-LD lives in).
 */
final class PageScan {

    private static final Pattern AUTHOR_WORD = Pattern.compile("(?i)\\bauthor\\b");

    /** {@code <meta>} contents by lower-cased {@code property}, {@code name} or {@code itemprop}. */
    final Map<String, List<String>> metaTags = new HashMap<>();
    /** The text of every {@code <script type="application/ld+json">}. */
    final List<String> jsonLd = new ArrayList<>();
    /** Elements other than {@code <meta>} carrying microdata {@code itemprop}s. */
    final List<Element> itemprops = new ArrayList<>();
    /** {@code <time datetime>} elements, in document order. */
    final List<Element> times = new ArrayList<>();
    /** {@code <h1>} elements, in document order. */
    final List<Element> headings = new ArrayList<>();
    /**
     * Elements that may show the byline, in document order: author links ({@code rel="author"})
     * and elements whose class names a byline or an author.
     */
    final List<Element> bylines = new ArrayList<>();
    String canonical;
    String htmlLang;
    String title;

    private PageScan() {}

    static PageScan of(Document document) {
        PageScan scan = new PageScan();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element) {
                scan.visit(element);
            }
        }, document);
        return scan;
    }

    private void visit(Element element) {
        switch (element.normalName()) {
            case "html" -> htmlLang = nonBlank(element.attr("lang"), element.attr("xml:lang"));
            case "title" -> {
                if (title == null) {
                    title = element.text();
                }
            }
            case "meta" -> addMeta(element);
            case "link" -> {
                if (canonical == null && hasToken(element.attr("rel"), "canonical")) {
                    canonical = element.attr("href");
                }
            }
            case "script" -> {
                if (element.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(element.data());
                }
            }
            case "time" -> {
                if (element.hasAttr("datetime")) {
                    times.add(element);
                }
            }
            case "h1" -> headings.add(element);
            default -> {
                // only the checks below
            }
        }
        if (element.attributesSize() == 0) {
            return;
        }
        if (element.hasAttr("itemprop") && !element.nameIs("meta")) {
            itemprops.add(element);
        }
        if (namesAuthor(element)) {
            bylines.add(element);
        }
    }

    private static boolean namesAuthor(Element element) {
        if (element.nameIs("a") && element.hasAttr("rel")
                && AUTHOR_WORD.matcher(element.attr("rel")).find()) {
            return true;
        }
        String classes = element.className();
        return containsIgnoringCase(classes, "byline") || containsIgnoringCase(classes, "author");
    }

    /** Whether {@code text} contains {@code word} (lower case ASCII) in any case, without copying. */
    private static boolean containsIgnoringCase(String text, String word) {
        char first = word.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i + word.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private void addMeta(Element meta) {
        String content = meta.attr("content");
        if (content.isBlank()) {
            return;
        }
        for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty()) {
                metaTags.computeIfAbsent(key, k -> new ArrayList<>(1)).add(content);
            }
        }
    }

    private static boolean hasToken(String value, String token) {
        for (String part : value.split("\\s+")) {
            if (part.equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    private static String nonBlank(String first, String second) {
        return !first.isBlank() ? first : second.isBlank() ? null : second;
    }
}

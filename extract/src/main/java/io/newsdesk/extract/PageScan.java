package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The raw material page metadata is read from, gathered in one pass over the document before
 * the body is cleaned (cleaning removes the scripts JSON-LD lives in).
 */
final class PageScan {

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
    /** The document, for the rare look-ups only worth making when nothing else answers. */
    final Document document;
    String canonical;
    String htmlLang;
    String title;

    private PageScan(Document document) {
        this.document = document;
    }

    static PageScan of(Document document) {
        PageScan scan = new PageScan(document);
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
        if (element.hasAttr("itemprop") && !element.nameIs("meta")) {
            itemprops.add(element);
        }
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

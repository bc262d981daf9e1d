package io.newsdesk.service.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds an HTML page announces, so a user can add a site by its home page URL. Reads the
 * {@code <link rel="alternate">} elements of the page's head.
 */
public final class FeedDiscovery {

    /**
     * The media types of announced feeds, best first. The generic XML and JSON types come last:
     * pages announce other things with them too (WordPress links its REST API as {@code
     * application/json}), so they are only a fallback.
     */
    private static final List<String> FEED_TYPES = List.of(
            "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml",
            "application/xml", "text/xml", "application/json");

    private FeedDiscovery() {}

    /**
     * The absolute http(s) URLs of the feeds the page links to, best first: by type (the feed
     * formats before generic XML and JSON), then in the page's order.
     *
     * @param html the page as fetched; its charset is read from the page itself
     * @param pageUrl where the page came from, the base for relative links
     */
    public static List<String> feedLinks(byte[] html, String pageUrl) {
        Document page = parse(html, pageUrl == null ? "" : pageUrl);
        Map<String, Integer> rankByUrl = new LinkedHashMap<>();
        for (Element link : page.select("link[rel][href]")) {
            int rank = FEED_TYPES.indexOf(FeedMediaTypes.mediaType(link.attr("type")));
            String href = link.absUrl("href");
            if (isAlternate(link.attr("rel")) && rank >= 0 && (href.startsWith("http://") || href.startsWith("https://"))) {
                rankByUrl.merge(href, rank, Math::min);
            }
        }
        // A stable sort: links of one type stay in the page's order.
        return rankByUrl.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Document parse(byte[] html, String baseUrl) {
        try {
            // A null charset lets jsoup read it from a byte order mark or <meta charset>, else UTF-8.
            return Jsoup.parse(new ByteArrayInputStream(html), null, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a page held in memory", e);
        }
    }

    private static boolean isAlternate(String rel) {
        return Arrays.stream(rel.strip().split("\\s+")).anyMatch("alternate"::equalsIgnoreCase);
    }
}

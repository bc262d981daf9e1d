package io.newsdesk.service.feeds;

import io.newsdesk.fetch.FetchResult;
import io.newsdesk.fetch.WebLink;
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
 * Finds the feeds a web page announces, so a user can add a site by its home page URL: the {@code
 * Link: <…>; rel="alternate"; type="application/rss+xml"} headers of the response, then the {@code
 * <link rel="alternate">} elements of the page's head.
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
     * The absolute http(s) URLs of the feeds a fetched page announces in its headers and its head,
     * best first: by type (the feed formats before generic XML and JSON), then headers before the
     * page, then in order. The page's charset is read from the page itself.
     */
    public static List<String> feedLinks(FetchResult page) {
        Map<String, Integer> rankByUrl = new LinkedHashMap<>();
        for (WebLink link : page.links()) {
            if (link.hasRelation("alternate") && link.type() != null) {
                // Link targets are absolute http(s) URLs already.
                rank(rankByUrl, link.url(), link.type());
            }
        }
        addPageLinks(rankByUrl, page.body(), page.finalUrl());
        return best(rankByUrl);
    }

    private static void addPageLinks(Map<String, Integer> rankByUrl, byte[] html, String pageUrl) {
        Document page = parse(html, pageUrl == null ? "" : pageUrl);
        for (Element link : page.select("link[rel][href]")) {
            String href = link.absUrl("href");
            if (isAlternate(link.attr("rel")) && (href.startsWith("http://") || href.startsWith("https://"))) {
                rank(rankByUrl, href, link.attr("type"));
            }
        }
    }

    private static void rank(Map<String, Integer> rankByUrl, String url, String type) {
        int rank = FEED_TYPES.indexOf(FeedMediaTypes.mediaType(type));
        if (rank >= 0) {
            rankByUrl.merge(url, rank, Math::min);
        }
    }

    /** A stable sort: links of one type stay in the order they were found. */
    private static List<String> best(Map<String, Integer> rankByUrl) {
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

package io.newsdesk.service.feeds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds an HTML page announces, so a user can add a site by its home page URL. Reads the
 * {@code <link rel="alternate">} elements of the page's head, in the page's order.
 */
public final class FeedDiscovery {

    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml", "application/atom+xml", "application/feed+json",
            "application/json", "application/rdf+xml", "application/xml", "text/xml");

    private FeedDiscovery() {}

    /** The absolute URLs of the feeds the page links to, best first. */
    public static List<String> feedLinks(byte[] html, String pageUrl) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8), pageUrl == null ? "" : pageUrl);
        Set<String> links = new LinkedHashSet<>();
        for (Element link : page.select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            int semicolon = type.indexOf(';');
            if (semicolon >= 0) {
                type = type.substring(0, semicolon).strip();
            }
            if (FEED_TYPES.contains(type)) {
                String href = link.absUrl("href");
                if (href.startsWith("http://") || href.startsWith("https://")) {
                    links.add(href);
                }
            }
        }
        return new ArrayList<>(links);
    }
}

package io.newsdesk.service.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.fetch.CacheHints;
import io.newsdesk.fetch.FetchResult;
import io.newsdesk.fetch.WebLink;
import io.newsdesk.service.testing.Feeds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

    private static final String PAGE_URL = "https://news.example/section/";

    @Test
    void findsAnnouncedFeedsAsAbsoluteUrls() {
        String page = Feeds.pageAnnouncing(
                "application/rss+xml", "/rss.xml",
                "application/atom+xml; charset=utf-8", "atom.xml");

        assertThat(FeedDiscovery.feedLinks(page(page)))
                .containsExactly("https://news.example/rss.xml", "https://news.example/section/atom.xml");
    }

    @Test
    void putsFeedFormatsBeforeGenericXmlAndJson() {
        // WordPress announces its REST API as application/json before nothing else would tell them apart.
        String page = Feeds.pageAnnouncing(
                "application/json", "https://news.example/wp-json/wp/v2/pages/2",
                "text/xml", "https://news.example/sitemap.xml",
                "application/feed+json", "https://news.example/feed.json",
                "application/rss+xml", "https://news.example/feed/");

        assertThat(FeedDiscovery.feedLinks(page(page))).containsExactly(
                "https://news.example/feed/", "https://news.example/feed.json",
                "https://news.example/sitemap.xml", "https://news.example/wp-json/wp/v2/pages/2");
    }

    @Test
    void ignoresOtherLinksAndNonHttpTargets() {
        String page = """
                <html><head>
                <link rel="stylesheet" type="text/css" href="/style.css">
                <link rel="alternate" hreflang="de" href="https://news.example/de/">
                <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
                <link rel="alternate" type="application/json+oembed" href="/oembed">
                <link rel="canonical" type="application/rss+xml" href="/not-alternate.xml">
                <link rel="ALTERNATE home" type="application/rss+xml" href="/rss">
                <link rel="alternate" type="application/rss+xml" href="/rss">
                </head><body></body></html>""";

        assertThat(FeedDiscovery.feedLinks(page(page))).containsExactly("https://news.example/rss");
    }

    @Test
    void aPageWithoutFeedsHasNone() {
        assertThat(FeedDiscovery.feedLinks(page(Feeds.pageAnnouncing()))).isEmpty();
        assertThat(FeedDiscovery.feedLinks(page(""))).isEmpty();
    }

    @Test
    void linkHeadersCountLikeLinksInTheHeadAndComeFirstAmongEquals() {
        String html = Feeds.pageAnnouncing(
                "application/rss+xml", "/head.rss",
                "application/rss+xml", "/both.rss");
        List<WebLink> headers = List.of(
                new WebLink("https://news.example/both.rss", Set.of("alternate"), "application/rss+xml", null),
                new WebLink("https://news.example/header.json", Set.of("alternate"), "application/json", null),
                new WebLink("https://news.example/header.atom", Set.of("alternate"), "application/atom+xml", null),
                new WebLink("https://hub.example/", Set.of("hub"), null, null),
                new WebLink("https://news.example/untyped", Set.of("alternate"), null, null));

        assertThat(FeedDiscovery.feedLinks(page(html, headers))).containsExactly(
                "https://news.example/both.rss", "https://news.example/head.rss",
                "https://news.example/header.atom", "https://news.example/header.json");
    }

    private static FetchResult page(String html) {
        return page(html, List.of());
    }

    private static FetchResult page(String html, List<WebLink> links) {
        return new FetchResult(PAGE_URL, PAGE_URL, 200, false, html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", null, null, false, CacheHints.none(), links);
    }
}

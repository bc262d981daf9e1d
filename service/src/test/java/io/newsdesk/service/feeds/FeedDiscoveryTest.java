package io.newsdesk.service.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.testing.Feeds;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

    private static final String PAGE_URL = "https://news.example/section/";

    @Test
    void findsAnnouncedFeedsAsAbsoluteUrls() {
        String page = Feeds.pageAnnouncing(
                "application/rss+xml", "/rss.xml",
                "application/atom+xml; charset=utf-8", "atom.xml");

        assertThat(FeedDiscovery.feedLinks(bytes(page), PAGE_URL))
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

        assertThat(FeedDiscovery.feedLinks(bytes(page), PAGE_URL)).containsExactly(
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

        assertThat(FeedDiscovery.feedLinks(bytes(page), PAGE_URL)).containsExactly("https://news.example/rss");
    }

    @Test
    void aPageWithoutFeedsHasNone() {
        assertThat(FeedDiscovery.feedLinks(bytes(Feeds.pageAnnouncing()), PAGE_URL)).isEmpty();
        assertThat(FeedDiscovery.feedLinks(new byte[0], PAGE_URL)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

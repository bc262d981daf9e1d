package io.newsdesk.service.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.service.NewsdeskException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedUrlsTest {

    @ParameterizedTest
    @CsvSource({
            "https://news.example/feed.xml,       https://news.example/feed.xml",
            "HTTP://News.EXAMPLE:80/Feed.xml#top, http://news.example/Feed.xml",
            "https://news.example:443,            https://news.example/",
            "https://news.example:8443/rss?x=1,   https://news.example:8443/rss?x=1",
            "news.example/rss,                    https://news.example/rss",
            "localhost:8080/feed,                 https://localhost:8080/feed",
            "news.example/go?to=http://other.example/, https://news.example/go?to=http://other.example/",
            "feed://news.example/rss,             http://news.example/rss",
            "feed:https://news.example/rss,       https://news.example/rss",
            "'  https://news.example/rss  ',      https://news.example/rss",
    })
    void normalizesFeedUrls(String given, String expected) {
        assertThat(FeedUrls.normalize(given)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://news.example/feed.xml", "javascript:alert(1)", "mailto:editor@news.example",
            "data:text/html,<p>hi</p>", "file:///etc/passwd"})
    void refusesOtherSchemes(String url) {
        assertThatThrownBy(() -> FeedUrls.normalize(url))
                .isInstanceOfSatisfying(NewsdeskException.class,
                        e -> assertThat(e.kind()).isEqualTo(NewsdeskException.Kind.INVALID))
                .hasMessage("only http and https feed URLs are supported: " + url);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresAUrl(String url) {
        assertThatThrownBy(() -> FeedUrls.normalize(url))
                .isInstanceOf(NewsdeskException.class)
                .hasMessage("a feed URL is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://", "https:///feed.xml"})
    void refusesUrlsWithoutHost(String url) {
        assertThatThrownBy(() -> FeedUrls.normalize(url))
                .isInstanceOfSatisfying(NewsdeskException.class,
                        e -> assertThat(e.kind()).isEqualTo(NewsdeskException.Kind.INVALID))
                .hasMessageContaining(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news .example/feed", "https://news.example/a b"})
    void refusesMalformedUrls(String url) {
        assertThatThrownBy(() -> FeedUrls.normalize(url))
                .isInstanceOfSatisfying(NewsdeskException.class,
                        e -> assertThat(e.kind()).isEqualTo(NewsdeskException.Kind.INVALID))
                .hasMessageStartingWith("not a valid URL: " + url);
    }
}

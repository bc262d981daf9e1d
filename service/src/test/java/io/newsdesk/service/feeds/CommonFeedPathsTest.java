package io.newsdesk.service.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommonFeedPathsTest {

    @ParameterizedTest
    @CsvSource({
        "https://news.example/, https://news.example/",
        "https://news.example, https://news.example/",
        "https://news.example/blog, https://news.example/blog/",
        "https://news.example/blog/, https://news.example/blog/",
        "https://news.example/blog/index.html?page=2#top, https://news.example/blog/",
        "http://user:secret@news.example:8080/, http://user:secret@news.example:8080/"
    })
    void triesTheUsualNamesInThePagesFolder(String page, String folder) {
        assertThat(CommonFeedPaths.candidates(page)).containsExactly(
                folder + "feed", folder + "rss", folder + "rss.xml", folder + "atom.xml", folder + "feed.xml",
                folder + "index.xml", folder + "feeds/posts/default");
    }

    @Test
    void neverTriesThePageItself() {
        assertThat(CommonFeedPaths.candidates("https://news.example/rss.xml"))
                .hasSize(CommonFeedPaths.NAMES.size() - 1)
                .doesNotContain("https://news.example/rss.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "mailto:news@example.org", "/relative/page", "ftp://news.example/"})
    void nothingToTryForWhatIsNotAnHttpPage(String page) {
        assertThat(CommonFeedPaths.candidates(page)).isEmpty();
    }
}

package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinksAndUrlsTest {

    @Test
    void offsetIsAppendedAsTheRightKindOfParameter() {
        assertThat(Hrefs.withOffset("/", 0)).isEqualTo("/");
        assertThat(Hrefs.withOffset("/", 20)).isEqualTo("/?offset=20");
        assertThat(Hrefs.withOffset("/?status=all", 20)).isEqualTo("/?status=all&offset=20");
    }

    @Test
    void searchQueryIsEncoded() {
        assertThat(Hrefs.search("a&b c/é")).isEqualTo("/search?q=a%26b+c%2F%C3%A9");
        assertThat(Hrefs.search(null)).isEqualTo("/search?q=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/starred", "/?status=all&offset=20", "/entries/4"})
    void localPathsAreKept(String path) {
        assertThat(Hrefs.localOrHome(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "starred", "/a\nb"})
    void anythingElseLeadsHome(String path) {
        assertThat(Hrefs.localOrHome(path)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example/a?b=c", "http://news.example/", "HTTPS://NEWS.EXAMPLE/x"})
    void webUrlsPass(String url) {
        assertThat(SafeUrl.httpOrNull(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>", "vbscript:x",
            "/relative/path", "https:///nohost", "ftp://files.example/", "http://exa mple.com/"})
    void everythingElseIsRefused(String url) {
        assertThat(SafeUrl.httpOrNull(url)).isNull();
    }

    @Test
    void surroundingWhiteSpaceIsTrimmed() {
        assertThat(SafeUrl.httpOrNull("  https://news.example/  ")).isEqualTo("https://news.example/");
    }
}

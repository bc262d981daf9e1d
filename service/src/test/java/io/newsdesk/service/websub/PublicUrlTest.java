package io.newsdesk.service.websub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.service.NewsdeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlTest {

    @ParameterizedTest
    @CsvSource({
        "https://news.example.org, https://news.example.org/",
        "https://news.example.org/, https://news.example.org/",
        "' HTTPS://news.example.org:8443/reader ', https://news.example.org:8443/reader/",
        "http://192.0.2.7/newsdesk/, http://192.0.2.7/newsdesk/",
    })
    void normalizesToABaseEndingInASlash(String given, String expected) {
        assertThat(PublicUrl.parse(given).toString()).isEqualTo(expected);
    }

    @Test
    void callbacksLiveBelowTheBase() {
        assertThat(PublicUrl.parse("https://news.example.org/reader").callback("abc_-1"))
                .isEqualTo("https://news.example.org/reader/websub/callback/abc_-1");
        assertThat(PublicUrl.parse("https://news.example.org").callback("x"))
                .isEqualTo("https://news.example.org/" + PublicUrl.CALLBACK_PATH + "x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "news.example.org", "/websub", "ftp://news.example.org/", "https://",
        "https://news.example.org/?a=1", "https://news.example.org/#top", "https://me:pw@news.example.org/",
        "https://news example.org/"})
    void refusesWhatHubsCouldNotCallBack(String given) {
        assertThatThrownBy(() -> PublicUrl.parse(given))
                .isInstanceOfSatisfying(NewsdeskException.class,
                        e -> assertThat(e.kind()).isEqualTo(NewsdeskException.Kind.INVALID))
                .hasMessageContaining("public URL")
                .hasMessageContaining("such as https://news.example.org/");
    }
}

package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.newsdesk.fetch.FetchException.Reason;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FetchUrlsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://example.com                     | http://example.com/
            HTTPS://Example.com/Feed?x=1#top       | https://Example.com/Feed?x=1
            http://example.com/a b?q=c d           | http://example.com/a%20b?q=c%20d
            http://example.com/caf%C3%A9           | http://example.com/caf%C3%A9
            http://example.com/café                | http://example.com/caf%C3%A9
            http://example.com/100%                | http://example.com/100%25
            http://example.com/{id}^x\\          | http://example.com/%7Bid%7D%5Ex%5C
            http://bücher.example/feed             | http://xn--bcher-kva.example/feed
            http://user:pw@bücher.example:8080/    | http://user:pw@xn--bcher-kva.example:8080/
            http://[::1]:8080/feed                 | http://[::1]:8080/feed
            """)
    void parsesLeniently(String url, String expected) throws FetchException {
        assertThat(FetchUrls.parse(url).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "file:///etc/hosts", "data:text/plain,hi", "javascript:alert(1)", "ws://example.com/"})
    void refusesOtherSchemes(String url) {
        assertInvalid(url, "only http and https URLs can be fetched");
    }

    @Test
    void explainsWhatIsWrong() {
        assertInvalid("   ", "empty URL");
        assertInvalid("example.com/feed", "not an absolute URL: \"example.com/feed\" (it should start with http:// or https://)");
        assertInvalid("http:///feed", "no valid host in URL \"http:///feed\"");
        assertInvalid("http://example.com:0/", "invalid port in URL \"http://example.com:0/\"");
    }

    @Test
    void resolvesRedirectsAndChecksTheirScheme() throws FetchException {
        URI base = URI.create("https://example.com/blog/feed/");

        assertThat(FetchUrls.resolveRedirect(base, "../atom.xml")).hasToString("https://example.com/blog/atom.xml");
        assertThat(FetchUrls.resolveRedirect(base, "//cdn.example.net/feed")).hasToString("https://cdn.example.net/feed");
        assertThat(FetchUrls.resolveRedirect(base, "http://other.example/x y")).hasToString("http://other.example/x%20y");
        assertThatThrownBy(() -> FetchUrls.resolveRedirect(base, "file:///etc/passwd"))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
                    assertThat(e.getMessage()).startsWith("redirect: unsupported URL scheme \"file\"");
                });
    }

    @Test
    void turnsUserInfoIntoBasicCredentials() throws FetchException {
        URI url = FetchUrls.parse("https://al%20ice:p%40ss+word@example.com/feed");

        assertThat(FetchUrls.basicAuthorization(url)).isEqualTo("Basic YWwgaWNlOnBAc3Mrd29yZA==");
        assertThat(FetchUrls.withoutUserInfo(url)).hasToString("https://example.com/feed");
        assertThat(FetchUrls.basicAuthorization(FetchUrls.withoutUserInfo(url))).isNull();
    }

    @Test
    void comparesOriginsWithDefaultPorts() {
        assertThat(FetchUrls.sameOrigin(URI.create("http://Example.com/a"), URI.create("http://example.com:80/b"))).isTrue();
        assertThat(FetchUrls.sameOrigin(URI.create("https://example.com/"), URI.create("http://example.com/"))).isFalse();
        assertThat(FetchUrls.sameOrigin(URI.create("https://example.com/"), URI.create("https://www.example.com/"))).isFalse();
        assertThat(FetchUrls.hostAndPort(URI.create("https://example.com/"))).isEqualTo("example.com:443");
    }

    private static void assertInvalid(String url, String message) {
        assertThatThrownBy(() -> FetchUrls.parse(url))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}

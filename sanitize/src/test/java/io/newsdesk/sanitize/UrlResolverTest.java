package io.newsdesk.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlResolverTest {

    private static final Set<String> WEB = Set.of("http", "https");

    /** The examples of RFC 3986 section 5.4, normal and abnormal. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "g|http://a/b/c/g", "./g|http://a/b/c/g", "g/|http://a/b/c/g/", "/g|http://a/g", "//g|http://g",
        "?y|http://a/b/c/d;p?y", "g?y|http://a/b/c/g?y", "#s|http://a/b/c/d;p?q#s", "g#s|http://a/b/c/g#s",
        "g?y#s|http://a/b/c/g?y#s", ";x|http://a/b/c/;x", "g;x|http://a/b/c/g;x", "``|http://a/b/c/d;p?q",
        ".|http://a/b/c/", "./|http://a/b/c/", "..|http://a/b/", "../|http://a/b/", "../g|http://a/b/g",
        "../..|http://a/", "../../|http://a/", "../../g|http://a/g", "../../../g|http://a/g",
        "../../../../g|http://a/g", "/./g|http://a/g", "/../g|http://a/g", "g.|http://a/b/c/g.",
        ".g|http://a/b/c/.g", "g..|http://a/b/c/g..", "..g|http://a/b/c/..g", "./../g|http://a/b/g",
        "./g/.|http://a/b/c/g/", "g/./h|http://a/b/c/g/h", "g/../h|http://a/b/c/h",
        "g;x=1/./y|http://a/b/c/g;x=1/y", "g;x=1/../y|http://a/b/c/y", "g?y/./x|http://a/b/c/g?y/./x",
        "g#s/../x|http://a/b/c/g#s/../x"
    })
    void resolvesLikeRfc3986(String reference, String expected) {
        assertThat(new UrlResolver("http://a/b/c/d;p?q").resolve(reference, WEB)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        "\u0001javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
        "mailto:desk@example.org", "ftp://example.org/file"
    })
    void refusesSchemesNotAllowed(String url) {
        assertThat(new UrlResolver("https://news.example.org/a/b.html").resolve(url, WEB)).isNull();
    }

    @Test
    void cleansUrlsAsBrowsersDo() {
        UrlResolver resolver = new UrlResolver("https://news.example.org/a/b.html");

        assertThat(resolver.resolve("  https://example.org/x y  ", WEB)).isEqualTo("https://example.org/x%20y");
        assertThat(resolver.resolve("/\\evil.example/x", WEB)).isEqualTo("https://evil.example/x");
        assertThat(resolver.resolve("https:\\\\example.org\\x", WEB)).isEqualTo("https://example.org/x");
        assertThat(resolver.resolve("/pic\n.jpg", WEB)).isEqualTo("https://news.example.org/pic.jpg");
    }

    @Test
    void relativeUrlsNeedAnAbsoluteBase() {
        assertThat(new UrlResolver(null).resolve("/x", WEB)).isNull();
        assertThat(new UrlResolver("news.example.org/feed").resolve("/x", WEB)).isNull();
        assertThat(new UrlResolver(null).resolve("https://example.org/x", WEB)).isEqualTo("https://example.org/x");
    }

    @Test
    void theBaseDecidesTheSchemeOfRelativeUrls() {
        assertThat(new UrlResolver("ftp://files.example.org/a/").resolve("b", WEB)).isNull();
        assertThat(new UrlResolver("http://a.example/").resolve("//b.example/x", WEB)).isEqualTo("http://b.example/x");
    }
}

package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The static files the pages reference exist, and the script keeps to the CSP's rules. */
class StaticAssetsTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = StaticAssetsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyStaticFileAPageReferencesIsOnTheClasspath() throws IOException {
        Set<String> referenced = new HashSet<>();
        for (String html : Samples.everyPageHtml()) {
            for (Element element : Jsoup.parse(html).select("[href^=/static/], [src^=/static/]")) {
                referenced.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
            }
        }

        assertThat(referenced).contains("/static/app.css", "/static/app.js", "/static/icon.svg");
        for (String path : referenced) {
            assertThat(resource(path)).as(path).isNotBlank();
        }
    }

    @Test
    void scriptNeverEvaluatesStringsOrWritesHtml() throws IOException {
        String script = resource("/static/app.js");

        // eval-like calls need 'unsafe-eval'; writing HTML from strings would bypass the
        // server's escaping. The script builds nodes and sets textContent instead.
        assertThat(script).doesNotContain("eval(", "new Function", "innerHTML", "outerHTML", "document.write",
                "insertAdjacentHTML");
    }

    @Test
    void scriptSendsTheCsrfTokenHeader() throws IOException {
        assertThat(resource("/static/app.js")).contains("X-CSRF-Token").contains("input[name=\"_csrf\"]");
    }

    @Test
    void stylesheetHasADarkThemeAndVisibleFocus() throws IOException {
        String css = resource("/static/app.css");

        assertThat(css).contains("@media (prefers-color-scheme: dark)").contains(":focus-visible");
    }
}

package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page must work under the strict Content-Security-Policy the server sends: no inline
 * script or style, no event-handler attributes, no script URLs, and forms that post carry the
 * CSRF token. Each check looks at every element of every page, hostile sample input included.
 */
class ContentSecurityPolicyTest {

    static List<String> pages() {
        return Samples.everyPageHtml();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void noElementCarriesInlineStyleOrEventHandlers(String html) {
        for (Element element : Jsoup.parse(html).getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute of <%s>", element.tagName()).isNotEqualTo("style").doesNotStartWith("on");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void scriptsAreOnlyTheDeferredAppScript(String html) {
        Document document = Jsoup.parse(html);
        assertThat(document.select("style")).isEmpty();
        assertThat(document.select("script")).hasSize(1).allSatisfy(script -> {
            assertThat(script.attr("src")).isEqualTo("/static/app.js");
            assertThat(script.hasAttr("defer")).isTrue();
            assertThat(script.data()).isBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("pages")
    void noUrlUsesAScriptScheme(String html) {
        for (Element element : Jsoup.parse(html).getAllElements()) {
            for (String name : List.of("href", "src", "action", "formaction", "poster", "data")) {
                String value = element.attr(name).strip().toLowerCase(Locale.ROOT);
                assertThat(value).as("%s of <%s>", name, element.tagName())
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:text/html");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void postFormsCarryTheCsrfToken(String html) {
        List<Element> postForms = Jsoup.parse(html).select("form").stream()
                .filter(form -> form.attr("method").equalsIgnoreCase("post"))
                .toList();
        assertThat(postForms).allSatisfy(form ->
                assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isEqualTo(Samples.CSRF));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyFormEitherPostsToThisSiteOrIsASearchOrADialog(String html) {
        for (Element form : Jsoup.parse(html).select("form")) {
            String method = form.attr("method").toLowerCase(Locale.ROOT);
            assertThat(method).isIn("post", "get", "dialog");
            if (!method.equals("dialog")) {
                assertThat(form.attr("action")).startsWith("/").doesNotStartWith("//");
            }
            if (method.equals("get")) {
                assertThat(form.attr("action")).isEqualTo("/search");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void linksOpeningNewTabsGiveThemNoOpenerAndNoReferrer(String html) {
        assertThat(Jsoup.parse(html).select("a[target]")).allSatisfy(link ->
                assertThat(link.attr("rel").split(" ")).contains("noopener", "noreferrer"));
    }
}

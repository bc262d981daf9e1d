package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Structural accessibility checks on every page: landmarks, names for controls, unique ids. */
class AccessibilityTest {

    static List<String> pages() {
        return Samples.everyPageHtml();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageHasLanguageViewportLandmarksAndOneMainHeading(String html) {
        Document document = Jsoup.parse(html);
        assertThat(document.select("html").attr("lang")).isEqualTo("en");
        assertThat(document.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(document.select("header")).isNotEmpty();
        assertThat(document.select("nav[aria-label=Main]")).hasSize(1);
        assertThat(document.select("main#main")).hasSize(1);
        assertThat(document.select("footer")).hasSize(1);
        assertThat(document.select("h1")).hasSize(1);
        assertThat(document.select("a.skip-link").attr("href")).isEqualTo("#main");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void documentStartsWithTheDoctypeSoBrowsersRenderInStandardsMode(String html) {
        assertThat(html).startsWith("<!DOCTYPE html>");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyVisibleInputHasALabel(String html) {
        Document document = Jsoup.parse(html);
        for (Element input : document.select("input:not([type=hidden]), select, textarea")) {
            String id = input.id();
            assertThat(id).as("id of %s", input).isNotEmpty();
            assertThat(document.select("label[for=" + id + "]")).as("label for #%s", id).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyButtonAndLinkHasAName(String html) {
        for (Element control : Jsoup.parse(html).select("button, a[href], summary")) {
            String name = control.text().strip() + control.attr("aria-label").strip();
            assertThat(name).as("accessible name of %s", control).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void idsAreUnique(String html) {
        List<String> ids = Jsoup.parse(html).select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void ariaReferencesPointAtExistingElements(String html) {
        Document document = Jsoup.parse(html);
        for (Element element : document.select("[aria-labelledby], [aria-describedby]")) {
            for (String attribute : List.of("aria-labelledby", "aria-describedby")) {
                if (element.hasAttr(attribute)) {
                    assertThat(document.getElementById(element.attr(attribute)))
                            .as("%s=%s", attribute, element.attr(attribute))
                            .isNotNull();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void imagesHaveAltText(String html) {
        assertThat(Jsoup.parse(html).select("img")).allSatisfy(img -> assertThat(img.hasAttr("alt")).isTrue());
    }
}

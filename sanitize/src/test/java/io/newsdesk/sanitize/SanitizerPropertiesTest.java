package io.newsdesk.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the sanitizer on generated hostile tag soup. */
class SanitizerPropertiesTest {

    private static final String BASE = "https://news.example.org/section/story.html";

    @Property(tries = 3000)
    void outputIsSafe(@ForAll("hostile") String html) {
        assertThat(SafetyChecker.problems(HtmlSanitizer.sanitizeStrictly(html, BASE))).isEmpty();
    }

    @Property(tries = 3000)
    void keepsTheVisibleTextOfTheOldSanitizer(@ForAll("hostileHtml") String html) {
        String expected = DifferentialTest.visibleText(LegacyJsoupSanitizer.sanitizeAsOracle(html, BASE));

        assertThat(DifferentialTest.visibleText(HtmlSanitizer.sanitizeStrictly(html, BASE))).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void keepsTheVisibleTextABrowserShowsOfSvgAndMathMl(@ForAll("foreign") String html) {
        String expected = DifferentialTest.visibleText(LegacyJsoupSanitizer.sanitizeAsOracle(html, BASE));

        assertThat(DifferentialTest.visibleText(HtmlSanitizer.sanitizeStrictly(html, BASE))).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void sanitizedOutputIsLeftAsItIs(@ForAll("hostile") String html) {
        String clean = HtmlSanitizer.sanitizeStrictly(html, BASE);

        assertThat(clean == null ? null : HtmlSanitizer.sanitizeStrictly(clean, BASE)).isEqualTo(clean);
    }

    @Property(tries = 1000)
    void withoutABaseOnlyAbsoluteUrlsSurvive(@ForAll("hostile") String html) {
        assertThat(SafetyChecker.problems(HtmlSanitizer.sanitizeStrictly(html, null))).isEmpty();
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileFragments.fragments();
    }

    @Provide
    Arbitrary<String> hostileHtml() {
        return HostileFragments.htmlFragments();
    }

    @Provide
    Arbitrary<String> foreign() {
        return HostileFragments.foreignFragments();
    }
}

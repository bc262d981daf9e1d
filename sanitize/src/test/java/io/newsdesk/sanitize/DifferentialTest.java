package io.newsdesk.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.sanitize.FragmentCorpus.Fragment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The streaming sanitizer against the jsoup-based one it replaced, on real-world HTML: its output
 * must pass the independent {@link SafetyChecker} and carry the same visible text as the old
 * sanitizer's (white space aside), and its plain text must match the old {@code toText}.
 */
class DifferentialTest {

    private static final String BASE = "https://news.example.org/section/story.html";

    @Test
    void feedparserSanitizeCorpus() {
        assertSafeAndFaithful(FragmentCorpus.feedparserSanitize());
    }

    @Test
    void demoCorpus() {
        assertSafeAndFaithful(FragmentCorpus.demo());
    }

    @Test
    void articleExtractionPages() {
        assertSafeAndFaithful(FragmentCorpus.articlePages());
    }

    @Test
    void plainTextMatchesTheOldOne() {
        List<String> failures = new ArrayList<>();
        all().forEach(fragment -> {
            String expected = LegacyJsoupSanitizer.toText(withoutDroppedElements(fragment.html()));
            String actual = HtmlSanitizer.toText(fragment.html());
            if (!collapsed(actual).equals(collapsed(expected))) {
                failures.add(fragment + ": text differs:\n  old: " + fromFirstDifference(collapsed(expected), collapsed(actual))
                        + "\n  new: " + fromFirstDifference(collapsed(actual), collapsed(expected)));
            }
        });
        assertThat(failures).isEmpty();
    }

    /** The same HTML: the element's text is decoded, so only the spelling of references may differ. */
    @Test
    void aParsedElementGivesWhatItsMarkupGives() {
        all().forEach(fragment -> {
            Document document = Jsoup.parseBodyFragment(fragment.html());
            document.outputSettings().prettyPrint(false);
            Element body = document.body();
            String markup = body.html();

            assertThat(reserialized(HtmlSanitizer.sanitizeContentStrictly(body, BASE)))
                    .as(fragment.source())
                    .isEqualTo(reserialized(HtmlSanitizer.sanitizeStrictly(markup, BASE)));
            assertThat(HtmlSanitizer.contentToText(body)).as(fragment.source()).isEqualTo(HtmlSanitizer.toText(markup));
        });
    }

    private static void assertSafeAndFaithful(List<Fragment> fragments) {
        assertThat(fragments).hasSizeGreaterThan(5);
        List<String> failures = new ArrayList<>();
        for (Fragment fragment : fragments) {
            String clean = HtmlSanitizer.sanitizeStrictly(fragment.html(), BASE);
            for (String problem : SafetyChecker.problems(clean)) {
                failures.add(fragment + ": unsafe: " + problem);
            }
            String expected = visibleText(LegacyJsoupSanitizer.sanitizeAsOracle(fragment.html(), BASE));
            String actual = visibleText(clean);
            if (!collapsed(actual).equals(collapsed(expected))) {
                failures.add(fragment + ": text differs:\n  old: " + abbreviate(expected) + "\n  new: " + abbreviate(actual));
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * The text a reader sees, without white space, without the characters that no document
     * should hold (controls, unpaired surrogates, non-characters), which the new sanitizer drops,
     * and without U+FFFD, which stands for NUL in SVG and MathML text but not in HTML text: the
     * streaming sanitizer reads NUL as HTML text throughout. An SVG drawing's title and
     * description count: a tooltip and a description for assistive technology are read too.
     */
    static String visibleText(String html) {
        if (html == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().text().codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != 0xA0 && !Character.isISOControl(c)
                        && !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFD && c != 0xFFFE && c != 0xFFFF)
                .forEach(text::appendCodePoint);
        return text.toString();
    }

    /** The HTML as jsoup writes it after reading it: one spelling for every character. */
    private static String reserialized(String html) {
        if (html == null) {
            return null;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    /** The markup without the elements whose text the streaming reader leaves out on purpose. */
    private static String withoutDroppedElements(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        document.body().select(String.join(", ", ElementKinds.RAW_TEXT)).remove();
        return document.body().html();
    }

    private static String collapsed(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String fromFirstDifference(String text, String other) {
        int i = 0;
        while (i < text.length() && i < other.length() && text.charAt(i) == other.charAt(i)) {
            i++;
        }
        return abbreviate(text.substring(Math.max(0, i - 60)));
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }

    static Stream<Fragment> all() {
        return Stream.of(FragmentCorpus.feedparserSanitize(), FragmentCorpus.demo(), FragmentCorpus.articlePages())
                .flatMap(List::stream);
    }
}

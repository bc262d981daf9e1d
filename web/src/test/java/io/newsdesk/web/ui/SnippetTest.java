package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void shortTextIsKeptWithWhiteSpaceCollapsed() {
        assertThat(Snippet.truncate("  One\n\ntwo\tthree  ", 40)).isEqualTo("One two three");
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
        assertThat(Snippet.truncate("The council voted 31 to 12 for the new line", 20)).isEqualTo("The council voted…");
    }

    @Test
    void cutThatFallsOnASpaceKeepsTheWholeWordBeforeIt() {
        assertThat(Snippet.truncate("abcd efgh ijkl", 6)).isEqualTo("abcd…");
    }

    @Test
    void trailingPunctuationIsDroppedBeforeTheEllipsis() {
        assertThat(Snippet.truncate("First clause, second clause and more", 15)).isEqualTo("First clause…");
    }

    @Test
    void aSingleLongWordIsCutInside() {
        assertThat(Snippet.truncate("https://example.com/a/very/long/path/that/goes/on", 20))
                .isEqualTo("https://example.com…")
                .hasSize(20);
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String emoji = "\uD83D\uDCF0";
        String text = "ab" + emoji + emoji + emoji;

        String snippet = Snippet.truncate(text, 4);

        assertThat(snippet).isEqualTo("ab…");
    }

    @Test
    void nullGivesEmptyTextAndTooSmallLimitsAreRejected() {
        assertThat(Snippet.truncate(null, 10)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Snippet.truncate("text", 0))
                .withMessageContaining("maxChars");
    }

    @Test
    void htmlIsReducedToItsTextWithParagraphsJoined() {
        String html = "<p>The council voted <strong>31 to 12</strong>.</p><p>Work starts in spring.</p>";

        assertThat(Snippet.fromHtml(html, 200)).isEqualTo("The council voted 31 to 12. Work starts in spring.");
        assertThat(Snippet.fromHtml(null, 200)).isEmpty();
    }

    @Property
    void neverLongerThanTheLimit(@ForAll String text, @ForAll @IntRange(min = 1, max = 300) int max) {
        assertThat(Snippet.truncate(text, max).length()).isLessThanOrEqualTo(max);
    }

    @Property
    void aCutSnippetIsAPrefixOfTheNormalizedTextPlusAnEllipsis(
            @ForAll String text, @ForAll @IntRange(min = 1, max = 300) int max) {
        String normalized = text.strip().replaceAll("\\s+", " ");
        Assume.that(normalized.length() > max);

        String snippet = Snippet.truncate(text, max);

        assertThat(snippet).endsWith("…");
        assertThat(normalized).startsWith(snippet.substring(0, snippet.length() - 1));
    }

    @Property
    void textWithinTheLimitComesBackNormalizedButUncut(@ForAll String text) {
        String normalized = text.strip().replaceAll("\\s+", " ");
        Assume.that(normalized.length() <= 500);

        assertThat(Snippet.truncate(text, 500)).isEqualTo(normalized);
    }

    @Property
    void neverEndsInALoneHighSurrogate(@ForAll String text, @ForAll @IntRange(min = 1, max = 50) int max) {
        String snippet = Snippet.truncate(text, max);
        String body = snippet.endsWith("…") ? snippet.substring(0, snippet.length() - 1) : snippet;

        assertThat(body.isEmpty() || !Character.isHighSurrogate(body.charAt(body.length() - 1))).isTrue();
    }
}

package io.newsdesk.service.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Entry;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeaserRuleTest {

    private static final String LONG_PROSE = "The council met on Tuesday to discuss the harbour works, and members "
            + "agreed, after a long debate, that the repairs should start in spring. ";

    @Test
    void feedsOfShortSummariesAreFetched() {
        TeaserRule.Verdict verdict = TeaserRule.judge(entries(10, i -> summary("<p>Short summary " + i + ".</p>")));

        assertThat(verdict).isEqualTo(new TeaserRule.Verdict.Decided(true,
                "10 of the 10 latest entries are teasers (short, or ending in a \"read more\" link)"));
    }

    @Test
    void entriesEndingInAReadMoreLinkAreTeasersHoweverLong() {
        String body = LONG_PROSE.repeat(30);
        TeaserRule.Verdict verdict = TeaserRule.judge(entries(4, i -> summary("<p>" + body + "</p><p>Read Entire Article</p>")));

        assertThat(verdict).isInstanceOfSatisfying(TeaserRule.Verdict.Decided.class,
                decided -> assertThat(decided.fetch()).isTrue());
    }

    @Test
    void feedsThatCarryTheirArticlesAreNotFetched() {
        String article = "<p>" + LONG_PROSE.repeat(30) + "</p>";

        TeaserRule.Verdict verdict = TeaserRule.judge(entries(10, i -> content(article)));

        assertThat(verdict).isEqualTo(new TeaserRule.Verdict.Decided(false,
                "the latest entries carry their articles (0 of 10 are teasers)"));
    }

    @Test
    void entriesOfMediumLengthAreComparedWithTheirPage() {
        List<Entry> latest = entries(5, i -> summary("<p>" + LONG_PROSE.repeat(6) + "</p>"));

        TeaserRule.Verdict verdict = TeaserRule.judge(latest);

        assertThat(verdict).isEqualTo(new TeaserRule.Verdict.ComparePage(latest.getFirst()));
    }

    @Test
    void anEntryMuchShorterThanItsPageIsATeaser() {
        Entry entry = summary("<p>" + "x".repeat(600) + "</p>");

        assertThat(TeaserRule.compare(entry, "y".repeat(3000))).isEqualTo(new TeaserRule.Verdict.Decided(true,
                "the latest entry has 20% of the text of its page's article"));
        assertThat(TeaserRule.compare(entry, "y".repeat(800)).fetch()).isFalse();
        assertThat(TeaserRule.compare(entry, "").fetch()).isFalse();
    }

    @Test
    void withTooFewEntriesNothingIsDecided() {
        assertThat(TeaserRule.judge(entries(2, i -> summary("<p>Short</p>")))).isEqualTo(new TeaserRule.Verdict.TooFew(2));
    }

    @Test
    void entriesWithoutAPageOrLinkingToExampleDomainsAreNotSampled() {
        List<Entry> latest = List.of(
                summary("<p>Short</p>").toBuilder().link(null).build(),
                summary("<p>Short</p>").toBuilder().link("https://harbour.example/1").build(),
                summary("<p>Short</p>").toBuilder().link("mailto:desk@news.org").build(),
                summary("<p>Short</p>"),
                summary("<p>Short</p>"));

        assertThat(TeaserRule.judge(latest)).isEqualTo(new TeaserRule.Verdict.TooFew(2));
    }

    @Test
    void anAggregatorsTeaserMarkIsEnough() {
        Entry marked = content("<p>" + LONG_PROSE.repeat(30) + "</p>").toBuilder().teaser(true).build();

        assertThat(TeaserRule.isTeaser(marked)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more", "Read more »", "read the full story", "Continue reading →", "Keep reading",
        "[…]", "[...]", "(more…)", "…", "Lire la suite", "Weiterlesen", "Read Entire Article",
        "The post Harbour works begin appeared first on Harbour Times."})
    void readMoreTrailersAreRecognised(String trailer) {
        assertThat(ReadMoreTrailer.endsWithOne(LONG_PROSE + "\n\n" + trailer)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The repairs start in spring.", "Read more books, the librarian said, and she meant it.",
        "Figures: 1, 2 and 3."})
    void ordinaryEndingsAreNotTrailers(String ending) {
        assertThat(ReadMoreTrailer.endsWithOne(LONG_PROSE + ending)).isFalse();
    }

    @Property(tries = 200)
    void anyTextFollowedByAReadMoreLinkIsATeaser(@ForAll @StringLength(max = 3000) String text) {
        assertThat(TeaserRule.isTeaser(summary(escape(text) + "<p><a href=\"https://news.org/1\">Read more</a></p>"))).isTrue();
    }

    @Property(tries = 200)
    void longProseWithoutATrailerIsNoTeaser(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String word) {
        assertThat(TeaserRule.isTeaser(content("<p>" + LONG_PROSE.repeat(5) + word + ".</p>"))).isFalse();
    }

    private interface Body {
        Entry of(int index);
    }

    /** {@code count} entries, newest first, each with its own page. */
    private static List<Entry> entries(int count, Body body) {
        return IntStream.range(0, count)
                .mapToObj(i -> body.of(i).toBuilder().link("https://news.org/story/" + i).build())
                .toList();
    }

    private static Entry summary(String html) {
        return Entry.builder().title("A story").link("https://news.org/story").summary(html).build();
    }

    private static Entry content(String html) {
        return Entry.builder().title("A story").link("https://news.org/story").content(html).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}

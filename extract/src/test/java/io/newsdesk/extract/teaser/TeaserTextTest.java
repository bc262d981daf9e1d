package io.newsdesk.extract.teaser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Source;
import io.newsdesk.extract.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeaserTextTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String STANDFIRST = "Sergey Shoigu has said he is certain his visit will"
            + " strengthen military ties between the two countries";

    private static String sample;

    @BeforeAll
    static void readSample() throws IOException {
        sample = Files.readString(
                SharedFiles.resolve("samples/aggregator-teaser.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheSharedSample() throws NotTeaserTextException {
        Entry entry = TeaserText.parse(sample, NOW);

        assertThat(entry.title())
                .isEqualTo("Russian and North Korean defense chiefs hold historic talks");
        assertThat(entry.published()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(entry.publishedPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(entry.count()).isEqualTo(28);
        assertThat(entry.dek()).isEqualTo(STANDFIRST);
        assertThat(entry.teaser()).isTrue();
        assertThat(entry.guid()).isNull();
        assertThat(entry.link()).isNull();
        assertThat(entry.summary()).isNull();
        assertThat(entry.source()).isNull();

        String content = entry.content();
        assertThat(content).startsWith("<p>Russian Defense Minister Sergey Shoigu has held talks");
        assertThat(content).endsWith("play a part in defusing regional tensions.</p>");
        assertThat(content.split("<p>", -1)).hasSize(10 + 1);
        assertThat(content)
                .contains("“the 70th anniversary of the victory… in the Great Fatherland"
                        + " Liberation War,” adding that the Korean People’s Army prevailed"
                        + " “over a strong and cruel enemy.”")
                .contains("backed by a coalition of Western allies.</p>")
                .doesNotContain("Read Entire Article", "\u00a0", "&nbsp;", STANDFIRST);
    }

    @Test
    void windowsLineEndsBomTrailingAndNonBreakingSpacesChangeNothing()
            throws NotTeaserTextException {
        String messy = "\uFEFF\r\n\r\n" + sample.replace("\n", "  \r\n")
                .replace("11 months ago 28", "11\u00a0months ago\u00a028")
                .replace("hold historic", "hold\u00a0 historic") + "\r\n\r\n";

        assertThat(TeaserText.parse(messy, NOW)).isEqualTo(TeaserText.parse(sample, NOW));
    }

    @Test
    void withoutStandfirstTheFirstParagraphIsBody() throws NotTeaserTextException {
        Entry entry = TeaserText.parse(sample.replace(STANDFIRST + "\n\n", ""), NOW);

        assertThat(entry.dek()).isNull();
        assertThat(entry.content()).startsWith("<p>Russian Defense Minister Sergey Shoigu");
        assertThat(entry.published()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
    }

    @Test
    void aShortSentenceAboveLongParagraphsIsAStandfirst() throws NotTeaserTextException {
        String text = """
                Storm closes ports

                2 hours ago

                Ports on the east coast shut down.

                %s

                %s
                """.formatted(longParagraph("Shipping"), longParagraph("Authorities"));

        Entry entry = TeaserText.parse(text, NOW);

        assertThat(entry.dek()).isEqualTo("Ports on the east coast shut down.");
        assertThat(entry.content()).startsWith("<p>Shipping");
    }

    @Test
    void aFirstParagraphAsLongAsTheRestIsNotAStandfirst() throws NotTeaserTextException {
        String text = "Storm closes ports\n\n2 hours ago\n\n" + longParagraph("Shipping") + "\n\n"
                + longParagraph("Authorities");

        Entry entry = TeaserText.parse(text, NOW);

        assertThat(entry.dek()).isNull();
        assertThat(entry.content()).startsWith("<p>Shipping");
    }

    @Test
    void aLeadInLineIsNotAStandfirst() throws NotTeaserTextException {
        String text = "Storm closes ports\n\nThe agency listed three reasons:\n\n"
                + longParagraph("Wind");

        assertThat(TeaserText.parse(text, NOW).dek()).isNull();
    }

    @Test
    void withoutTrailerItIsNotATeaser() throws NotTeaserTextException {
        Entry entry = TeaserText.parse(sample.replace("Read Entire Article", ""), NOW);

        assertThat(entry.teaser()).isFalse();
        assertThat(entry.content()).isEqualTo(TeaserText.parse(sample, NOW).content());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Read Entire Article", "Read more", "READ MORE »", "Read more…", "Read more...",
        "Read the full article →", "Read full story", "Continue reading", "Continue reading →",
        "Read on", "Full story", "View full article", "[Read more]", "» Read more"
    })
    void readMoreTrailersAreRemovedAndMarkATeaser(String trailer) throws NotTeaserTextException {
        Entry entry = TeaserText.parse("Headline\n\nFirst paragraph.\n\nLast one.\n\n" + trailer,
                NOW);

        assertThat(entry.teaser()).isTrue();
        assertThat(entry.content()).isEqualTo("<p>First paragraph.</p><p>Last one.</p>");
    }

    @Test
    void aTrailerAfterTheLastSentenceIsCutOff() throws NotTeaserTextException {
        Entry entry = TeaserText.parse("Headline\n\nBody text.\n\nThe end, he said.” Read more »",
                NOW);

        assertThat(entry.teaser()).isTrue();
        assertThat(entry.content()).isEqualTo("<p>Body text.</p><p>The end, he said.”</p>");
    }

    @Test
    void proseThatEndsWithReadMoreWordsIsKept() throws NotTeaserTextException {
        Entry entry = TeaserText.parse(
                "Headline\n\nBody text.\n\nThe teacher told the class to read on", NOW);

        assertThat(entry.teaser()).isFalse();
        assertThat(entry.content()).endsWith("<p>The teacher told the class to read on</p>");
    }

    @Test
    void textIsHtmlEscaped() throws NotTeaserTextException {
        Entry entry = TeaserText.parse(
                "Q&A: <b>tags</b>\n\nUse <script>alert(1)</script> & \"quotes\" … as text.", NOW);

        assertThat(entry.title()).isEqualTo("Q&A: <b>tags</b>");
        assertThat(entry.content())
                .isEqualTo("<p>Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; … as"
                        + " text.</p>");
    }

    @Test
    void withoutBlankLinesEveryLineIsAParagraph() throws NotTeaserTextException {
        Entry entry = TeaserText.parse(
                "Headline\n3h ago\nOne sentence here.\nAnother sentence.\nRead more", NOW);

        assertThat(entry.published()).isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(entry.content())
                .isEqualTo("<p>One sentence here.</p><p>Another sentence.</p>");
        assertThat(entry.teaser()).isTrue();
    }

    @Test
    void hardWrappedLinesWithinABlockAreOneParagraph() throws NotTeaserTextException {
        Entry entry = TeaserText.parse(
                "Headline\n\nThe first paragraph\nwraps here.\n\nThe second one.", NOW);

        assertThat(entry.content())
                .isEqualTo("<p>The first paragraph wraps here.</p><p>The second one.</p>");
    }

    @Test
    void withoutAgeLineThereIsNoDate() throws NotTeaserTextException {
        Entry entry = TeaserText.parse("Headline\n\nBody paragraph.", NOW);

        assertThat(entry.published()).isNull();
        assertThat(entry.publishedPrecision()).isNull();
        assertThat(entry.count()).isNull();
    }

    @Test
    void aSourceLineUnderTheHeadlineNamesTheSource() throws NotTeaserTextException {
        Entry entry = TeaserText.parse(
                "Headline\n\nSource: Reuters\n\n2 days ago 5\n\nBody paragraph.", NOW);

        assertThat(entry.source()).isEqualTo(new Source("Reuters", null));
        assertThat(entry.count()).isEqualTo(5);
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(entry.content()).isEqualTo("<p>Body paragraph.</p>");
    }

    @Test
    void aViaLineAtTheEndNamesTheSource() throws NotTeaserTextException {
        Entry entry = TeaserText.parse(
                "Headline\n\nBody paragraph.\n\nvia The Guardian\n\nRead more", NOW);

        assertThat(entry.source()).isEqualTo(new Source("The Guardian", null));
        assertThat(entry.content()).isEqualTo("<p>Body paragraph.</p>");
    }

    @Test
    void aSentenceStartingWithViaIsNotASource() throws NotTeaserTextException {
        Entry entry = TeaserText.parse(
                "Headline\n\nBody paragraph.\n\nVia the new bridge, trucks save an hour.", NOW);

        assertThat(entry.source()).isNull();
        assertThat(entry.content()).contains("Via the new bridge");
    }

    @Test
    void emptyTextIsRejected() {
        assertThatThrownBy(() -> TeaserText.parse(" \r\n\uFEFF\n", NOW))
                .isInstanceOf(NotTeaserTextException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> TeaserText.parse(null, NOW))
                .isInstanceOf(NotTeaserTextException.class);
    }

    @Test
    void aHeadlineWithoutBodyIsRejected() {
        assertThatThrownBy(() -> TeaserText.parse("Headline only\n\n11 months ago 28\n\nRead more",
                        NOW))
                .isInstanceOf(NotTeaserTextException.class)
                .hasMessageContaining("Headline only")
                .hasMessageContaining("no article text");
    }

    @Test
    void textStartingWithTheAgeLineIsRejected() {
        assertThatThrownBy(() -> TeaserText.parse("11 months ago 28\n\nBody.", NOW))
                .isInstanceOf(NotTeaserTextException.class)
                .hasMessageContaining("headline above it");
    }

    @Test
    void aFirstLineTooLongForAHeadlineIsRejected() {
        assertThatThrownBy(() -> TeaserText.parse(longParagraph("A") + " " + longParagraph("B") + "\n\nMore.", NOW))
                .isInstanceOf(NotTeaserTextException.class)
                .hasMessageContaining("too long for a headline");
    }

    @Test
    void markupIsRejected() {
        assertThatThrownBy(() -> TeaserText.parse("<html><body><p>Hi</p>\n\nthere", NOW))
                .isInstanceOf(NotTeaserTextException.class)
                .hasMessageContaining("HTML");
    }

    private static String longParagraph(String start) {
        return start + " and the rest of a long paragraph keeps going with details, quotes from"
                + " officials, figures and the context a reader needs to follow the story, far"
                + " longer than a standfirst would ever be, so that it reads as body text and"
                + " not as a summary line under the headline.";
    }
}

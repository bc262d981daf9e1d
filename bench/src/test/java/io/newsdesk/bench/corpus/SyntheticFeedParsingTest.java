package io.newsdesk.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.sanitize.HtmlSanitizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated documents are valid feeds that say what the generator meant, in every format. */
class SyntheticFeedParsingTest {

    private static final List<SyntheticFeed> CORPUS = FeedCorpus.generate(42, 3, 12);

    @ParameterizedTest
    @EnumSource(SyntheticFormat.class)
    void newsdeskReadsEveryFieldBackWithoutProblems(SyntheticFormat format) throws Exception {
        SyntheticFeed feed = CORPUS.stream().filter(candidate -> candidate.format() == format).findFirst().orElseThrow();

        FeedDocument parsed = FeedParser.parse(feed.document(), format.contentType(), "http://127.0.0.1" + feed.path());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.format()).isEqualTo(switch (format) {
            case RSS20 -> FeedFormat.RSS20;
            case ATOM10 -> FeedFormat.ATOM10;
            case JSONFEED11 -> FeedFormat.JSONFEED11;
        });
        assertThat(parsed.title()).isEqualTo(feed.title());
        assertThat(parsed.entries()).hasSameSizeAs(feed.entries());
        for (int i = 0; i < feed.entries().size(); i++) {
            SyntheticEntry expected = feed.entries().get(i);
            Entry actual = parsed.entries().get(i);
            assertThat(actual.guid()).isEqualTo(expected.id());
            assertThat(actual.title()).isEqualTo(expected.title());
            assertThat(actual.link()).isEqualTo(expected.link());
            assertThat(actual.published()).isEqualTo(expected.published());
            assertThat(actual.authors()).isEqualTo(expected.authors());
            assertThat(actual.categories()).isEqualTo(expected.categories());
            // Sanitized, so not byte-equal, but the text and its links survive.
            assertThat(HtmlSanitizer.toText(actual.content())).isEqualTo(HtmlSanitizer.toText(expected.contentHtml()));
            assertThat(countLinks(actual.content())).isEqualTo(countLinks(expected.contentHtml()));
        }
    }

    private static long countLinks(String html) {
        return html.split("<a href=\"https://", -1).length - 1;
    }
}

package io.newsdesk.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FeedCorpusTest {

    @Test
    void theSameSeedGivesByteIdenticalDocuments() {
        List<SyntheticFeed> first = FeedCorpus.generate(7, 6, 5);
        List<SyntheticFeed> second = FeedCorpus.generate(7, 6, 5);

        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).document()).isEqualTo(second.get(i).document());
        }
    }

    @Test
    void anotherSeedGivesOtherFeeds() {
        SyntheticFeed seven = FeedCorpus.generate(7, 1, 5).getFirst();
        SyntheticFeed eight = FeedCorpus.generate(8, 1, 5).getFirst();

        assertThat(eight.document()).isNotEqualTo(seven.document());
        assertThat(eight.entries()).extracting(SyntheticEntry::title)
                .isNotEqualTo(seven.entries().stream().map(SyntheticEntry::title).toList());
    }

    @Test
    void aFeedDoesNotDependOnTheSizeOfTheCorpus() {
        SyntheticFeed inSmall = FeedCorpus.generate(3, 3, 4).get(2);
        SyntheticFeed inLarge = FeedCorpus.generate(3, 9, 4).get(2);

        assertThat(inLarge).isEqualTo(inSmall);
    }

    @Test
    void formatsTakeTurns() {
        assertThat(FeedCorpus.generate(1, 6, 1)).extracting(SyntheticFeed::format).containsExactly(
                SyntheticFormat.RSS20, SyntheticFormat.ATOM10, SyntheticFormat.JSONFEED11,
                SyntheticFormat.RSS20, SyntheticFormat.ATOM10, SyntheticFormat.JSONFEED11);
    }

    @Test
    void pathsAndEntryIdentitiesAreUniqueAcrossTheCorpus() {
        List<SyntheticFeed> corpus = FeedCorpus.generate(11, 30, 20);

        assertThat(corpus).extracting(SyntheticFeed::path).doesNotHaveDuplicates();
        Set<String> ids = new HashSet<>();
        Set<String> links = new HashSet<>();
        for (SyntheticFeed feed : corpus) {
            assertThat(feed.entries()).hasSize(20);
            for (SyntheticEntry entry : feed.entries()) {
                assertThat(ids.add(entry.id())).as("unique id %s", entry.id()).isTrue();
                assertThat(links.add(entry.link())).as("unique link %s", entry.link()).isTrue();
            }
        }
    }

    @Test
    void entriesAreNewestFirstOnReservedDomains() {
        SyntheticFeed feed = FeedCorpus.generate(5, 1, 30).getFirst();

        for (int i = 1; i < feed.entries().size(); i++) {
            assertThat(feed.entries().get(i).published()).isBefore(feed.entries().get(i - 1).published());
        }
        assertThat(feed.siteUrl()).startsWith("https://").endsWith(".example");
        assertThat(feed.entries()).allSatisfy(entry -> assertThat(entry.link()).startsWith(feed.siteUrl() + "/"));
    }

    @Property(tries = 30)
    void everyEntryLooksLikeANewsArticle(@ForAll long seed, @ForAll @IntRange(min = 0, max = 50) int index) {
        SyntheticFeed feed = FeedCorpus.generate(seed, index + 1, 8).get(index);

        for (SyntheticEntry entry : feed.entries()) {
            int bodyBytes = entry.contentHtml().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bodyBytes).isBetween(FeedCorpus.MIN_BODY_BYTES, FeedCorpus.MAX_BODY_BYTES);
            assertThat(entry.contentHtml()).startsWith("<p>").contains("</p>");
            assertThat(entry.title()).isNotBlank().doesNotContain("<");
            assertThat(entry.authors()).hasSizeBetween(1, 2);
            assertThat(entry.categories()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            assertThat(entry.summary()).isNotBlank();
        }
    }

    @Test
    void bodiesCarryLinksAndVariedMarkup() {
        String bodies = String.join("\n", FeedCorpus.generate(2, 3, 20).stream()
                .flatMap(feed -> feed.entries().stream())
                .map(SyntheticEntry::contentHtml)
                .toList());

        assertThat(bodies).contains("<a href=\"https://", "<em>", "<strong>", "<blockquote>", "<ul><li>",
                "<figure><img ", "<h2>");
    }

    @Test
    void refusesAnEmptyCorpus() {
        assertThatThrownBy(() -> FeedCorpus.generate(1, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedCorpus.generate(1, 5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

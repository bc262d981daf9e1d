package io.newsdesk.search;

import static io.newsdesk.search.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path dir;

    private SearchIndex index;

    @BeforeEach
    void open() throws Exception {
        index = SearchIndex.open(dir);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<Long> ids(String text) {
        return ids(SearchQuery.of(text));
    }

    private List<Long> ids(SearchQuery query) {
        return index.search(query).hits().stream().map(SearchHit::entryId).toList();
    }

    @Test
    void upsertedEntriesAreSearchableWithoutACommit() {
        index.upsert(List.of(
                doc(1, "Storm hits the coast", "Heavy rain and wind."),
                doc(2, "Markets rally", "Shares rose sharply.")));

        assertThat(index.count()).isEqualTo(2);
        assertThat(ids("storm")).containsExactly(1L);
        assertThat(ids("shares")).containsExactly(2L);
    }

    @Test
    void upsertReplacesTheDocumentOfTheSameEntry() {
        index.upsert(List.of(doc(1, "Draft headline", "first version")));
        index.upsert(List.of(doc(1, "Final headline", "second version")));

        assertThat(index.count()).isEqualTo(1);
        assertThat(ids("draft")).isEmpty();
        assertThat(ids("final second")).containsExactly(1L);
    }

    @Test
    void theLastDocumentForAnIdWinsWithinOneBatch() {
        index.upsert(List.of(doc(1, "Old", "alpha"), doc(1, "New", "beta")));

        assertThat(index.count()).isEqualTo(1);
        assertThat(ids("alpha")).isEmpty();
        assertThat(ids("beta")).containsExactly(1L);
    }

    @Test
    void deleteRemovesOnlyTheNamedEntries() {
        index.upsert(List.of(doc(1, "news one", ""), doc(2, "news two", ""), doc(3, "news three", "")));

        index.delete(List.of(1L, 3L, 99L));

        assertThat(ids("news")).containsExactly(2L);
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void deleteFeedRemovesEveryEntryOfThatFeedOnly() {
        index.upsert(List.of(
                doc(1, 10, "report a", ""), doc(2, 10, "report b", ""), doc(3, 20, "report c", "")));

        index.deleteFeed(10);

        assertThat(ids("report")).containsExactly(3L);
    }

    @Test
    void deleteAllEmptiesTheIndex() {
        index.upsert(List.of(doc(1, "one", ""), doc(2, "two", "")));

        index.deleteAll();

        assertThat(index.count()).isZero();
        assertThat(ids("one")).isEmpty();
    }

    @Test
    void feedRestrictionLimitsResultsToTheGivenFeeds() {
        index.upsert(List.of(
                doc(1, 10, "budget vote", ""), doc(2, 20, "budget talks", ""), doc(3, 30, "budget cut", "")));
        SearchQuery budget = SearchQuery.of("budget");

        assertThat(ids(budget)).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(ids(budget.inFeeds(Set.of(10L, 30L)))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(budget.inFeeds(Set.of(99L)))).isEmpty();
        assertThat(index.search(budget.inFeeds(Set.of())).total()).isZero();
    }

    @Test
    void everyWordMustMatchButMayMatchInDifferentFields() {
        index.upsert(List.of(
                doc(1, "Flood warning", "Rivers rise in the north."),
                doc(2, "Flood warning lifted", "Dry weather returns.")));

        assertThat(ids("flood north")).containsExactly(1L);
        assertThat(ids("flood weather")).containsExactly(2L);
        assertThat(ids("flood drought")).isEmpty();
    }

    @Test
    void quotedPhraseMatchesTheWordsInOrder() {
        index.upsert(List.of(
                doc(1, "", "The mayor of New York spoke."),
                doc(2, "", "York is old; the new bridge opened.")));

        assertThat(ids("new york")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("\"new york\"")).containsExactly(1L);
    }

    @Test
    void minusExcludesAWordOrPhrase() {
        index.upsert(List.of(
                doc(1, "Election results", "The senate race was close."),
                doc(2, "Election day", "Voters queued for hours.")));

        assertThat(ids("election -senate")).containsExactly(2L);
        assertThat(ids("election -\"voters queued\"")).containsExactly(1L);
        assertThat(ids("-senate")).containsExactly(2L);
    }

    @Test
    void trailingStarMatchesByPrefix() {
        index.upsert(List.of(
                doc(1, "", "The election was held."),
                doc(2, "", "An electoral reform passed."),
                doc(3, "", "Electricity prices climb.")));

        assertThat(ids("elector*")).containsExactly(2L);
        assertThat(ids("elect*")).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void diacriticsAndCaseAreFoldedBothWays() {
        index.upsert(List.of(
                doc(1, "Café culture", ""),
                doc(2, "Cafe prices", ""),
                doc(3, "Thomas Müller scores", ""),
                doc(4, "Cafétéria closes", "")));

        assertThat(ids("cafe")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("CAFÉ")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("muller")).containsExactly(3L);
        assertThat(ids("Caf*")).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(ids("cafét*")).containsExactly(4L);
    }

    @Test
    void englishPossessivesFindTheName() {
        index.upsert(List.of(doc(1, "Obama's memoir", ""), doc(2, "Obamacare debate", "")));

        assertThat(ids("obama")).containsExactly(1L);
        assertThat(ids("Obama’s")).containsExactly(1L);
    }

    @Test
    void namesAreNotStemmed() {
        index.upsert(List.of(doc(1, "James Bond returns", ""), doc(2, "Government bonds fall", "")));

        assertThat(ids("bond")).containsExactly(1L);
        assertThat(ids("bonds")).containsExactly(2L);
    }

    @Test
    void theSourceNameIsSearchable() {
        index.upsert(List.of(new SearchDocument(7, 1, "Headline", null, "Text", "The Guardian", null)));

        assertThat(ids("guardian")).containsExactly(7L);
    }

    @Test
    void aTitleMatchOutranksAStandfirstMatchWhichOutranksABodyMatch() {
        String filler = " Officials said more details would follow later in the week.";
        index.upsert(List.of(
                new SearchDocument(1, 1, "Budget update", "Figures are due.", "Inflation eased." + filler, null, null),
                new SearchDocument(2, 1, "Budget update", "Inflation eased.", "Figures are due." + filler, null, null),
                new SearchDocument(3, 1, "Inflation eased", "Figures are due.", "Budget update." + filler, null, null)));

        SearchResults results = index.search(SearchQuery.of("inflation"));

        assertThat(results.hits()).extracting(SearchHit::entryId).containsExactly(3L, 2L, 1L);
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.score()).isFinite().isPositive());
        assertThat(results.hits()).extracting(SearchHit::score).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void newestOrderSortsByPublicationWithUndatedEntriesLast() {
        index.upsert(List.of(
                new SearchDocument(1, 1, "rain", null, null, null, Instant.parse("2025-01-02T00:00:00Z")),
                new SearchDocument(2, 1, "rain rain rain", null, null, null, null),
                new SearchDocument(3, 1, "rain", null, null, null, Instant.parse("2025-01-03T00:00:00Z")),
                new SearchDocument(4, 1, "rain", null, null, null, Instant.parse("2024-12-31T00:00:00Z"))));

        SearchResults results = index.search(SearchQuery.of("rain").orderedBy(SearchOrder.NEWEST));

        assertThat(results.hits()).extracting(SearchHit::entryId).containsExactly(3L, 1L, 4L, 2L);
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.score()).isFinite().isPositive());
    }

    @Test
    void pagesPartitionTheResultsAndReportTheTotal() {
        for (long id = 1; id <= 25; id++) {
            index.upsert(List.of(doc(id, "match number " + id, "")));
        }
        index.upsert(List.of(doc(100, "unrelated", "")));
        SearchQuery query = SearchQuery.of("match").orderedBy(SearchOrder.NEWEST);

        SearchResults first = index.search(query.page(10, 0));
        SearchResults second = index.search(query.page(10, 10));
        SearchResults last = index.search(query.page(10, 20));
        SearchResults beyond = index.search(query.page(10, 30));

        assertThat(List.of(first, second, last, beyond)).extracting(SearchResults::total).containsOnly(25L);
        assertThat(first.hits()).extracting(SearchHit::entryId)
                .containsExactly(25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L);
        assertThat(second.hits()).extracting(SearchHit::entryId)
                .containsExactly(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L);
        assertThat(last.hits()).extracting(SearchHit::entryId).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(beyond.hits()).isEmpty();
    }

    @Test
    void aZeroLimitOnlyCounts() {
        index.upsert(List.of(doc(1, "count me", ""), doc(2, "count me too", "")));

        SearchResults results = index.search(SearchQuery.of("count").page(0, 0));

        assertThat(results.total()).isEqualTo(2);
        assertThat(results.hits()).isEmpty();
    }

    @Test
    void textWithoutSearchableWordsMatchesNothing() {
        index.upsert(List.of(doc(1, "anything", "")));

        assertThat(index.search(SearchQuery.of("   ")).total()).isZero();
        assertThat(index.search(SearchQuery.of(null)).total()).isZero();
        assertThat(index.search(SearchQuery.of("!!! ...")).total()).isZero();
    }

    @Test
    void blankFieldsAreNotIndexed() {
        index.upsert(List.of(new SearchDocument(1, 1, null, "  ", null, null, null)));

        SearchResults results = index.search(SearchQuery.of("-nothing"));

        assertThat(results.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.titleHtml()).isEmpty();
            assertThat(hit.snippetHtml()).isEmpty();
        });
    }
}
